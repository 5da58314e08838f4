package com.marketplace.jobs.web;

import com.marketplace.files.web.Uploads;
import com.marketplace.jobs.boundary.Jobs;
import com.marketplace.jobs.boundary.Proposals;
import com.marketplace.jobs.entity.Category;
import com.marketplace.jobs.entity.JobCard;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.entity.JobSearch;
import com.marketplace.jobs.entity.JobView;
import com.marketplace.jobs.entity.MatchCount;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.Money;
import com.marketplace.platform.MoneyFormat;
import com.marketplace.platform.web.Pages;
import com.marketplace.tenancy.web.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The job board (M2): filters live in the URL (a GET form, so bookmarks and the back button work),
 * the list is paged on the server, and a job's detail opens in a side panel by Ajax, its id pushed
 * into the URL too. Freelancers apply from the panel.
 */
@Named
@ViewScoped
public class JobBoard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Jobs jobs;
  @Inject Proposals proposals;
  @Inject Workspace workspace;

  private String q;
  private String category;
  private String skill;
  private String min;
  private String max;
  private String type;
  private Long job;
  private JobView selected;
  private JobSearch search;
  private MatchCount matches;

  private String coverLetter;
  private Money amount;
  private Integer timelineDays;
  private transient List<Part> attachments;

  private final LazyDataModel<JobCard> results =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          matches = jobs.count(search());
          return (int) matches.value();
        }

        @Override
        public List<JobCard> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return jobs.search(search(), first, pageSize);
        }
      };

  /** Runs after the view parameters are set: a bookmarked job opens with the page. */
  public void init() {
    if (job != null && selected == null) {
      try {
        selected = jobs.get(job);
      } catch (MarketplaceException e) {
        Pages.error(e.getMessage());
      }
    }
  }

  public void open(long jobId) {
    job = jobId;
    selected = jobs.get(jobId);
    coverLetter = null;
    amount = null;
    timelineDays = null;
  }

  public void close() {
    job = null;
    selected = null;
  }

  public String apply() {
    proposals.apply(
        selected.id(),
        coverLetter,
        amount,
        timelineDays == null ? 0 : timelineDays,
        Uploads.of(attachments));
    Pages.info("Your proposal for “" + selected.title() + "” was sent.");
    return "/app/jobs?faces-redirect=true&job=" + selected.id();
  }

  JobSearch search() {
    if (search == null) {
      search =
          new JobSearch(
              q,
              parse(Category.class, category),
              skill,
              minorUnits(min),
              minorUnits(max),
              parse(JobKind.class, type));
    }
    return search;
  }

  /**
   * A budget filter as typed in the workspace's way of writing amounts; nonsense filters nothing.
   */
  private Long minorUnits(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return MoneyFormat.parse(value, workspace.getCurrency(), workspace.getLocale()).minorUnits();
    } catch (MarketplaceException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public LazyDataModel<JobCard> getResults() {
    return results;
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public JobKind[] getKinds() {
    return JobKind.values();
  }

  /** "1,234 open jobs", or "10,000+ open jobs — narrow the search to reach the rest". */
  public String getMatches() {
    if (matches == null) {
      return "";
    }
    String jobs =
        matches.label() + (matches.value() == 1 && !matches.capped() ? " open job" : " open jobs");
    return matches.capped() ? jobs + " — narrow the search to reach the rest" : jobs;
  }

  public JobView getSelected() {
    return selected;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getSkill() {
    return skill;
  }

  public void setSkill(String skill) {
    this.skill = skill;
  }

  public String getMin() {
    return min;
  }

  public void setMin(String min) {
    this.min = min;
  }

  public String getMax() {
    return max;
  }

  public void setMax(String max) {
    this.max = max;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Long getJob() {
    return job;
  }

  public void setJob(Long job) {
    this.job = job;
  }

  public String getCoverLetter() {
    return coverLetter;
  }

  public void setCoverLetter(String coverLetter) {
    this.coverLetter = coverLetter;
  }

  public Money getAmount() {
    return amount;
  }

  public void setAmount(Money amount) {
    this.amount = amount;
  }

  public Integer getTimelineDays() {
    return timelineDays;
  }

  public void setTimelineDays(Integer timelineDays) {
    this.timelineDays = timelineDays;
  }

  public List<Part> getAttachments() {
    return attachments;
  }

  public void setAttachments(List<Part> attachments) {
    this.attachments = attachments;
  }
}
