package com.marketplace.jobs.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.MilestonePlan;
import com.marketplace.jobs.boundary.Jobs;
import com.marketplace.jobs.boundary.Proposals;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.entity.JobView;
import com.marketplace.jobs.entity.ProposalView;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's job with the proposals it received (M3): shortlist, decline, or hire with the
 * milestones the contract starts with (M4, M5), or on an hourly job with the weekly cap of hours
 * the client pays for (H4).
 */
@Named
@ViewScoped
public class JobProposals implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Jobs jobs;
  @Inject Proposals proposals;
  @Inject Contracts contracts;

  private long id;
  private JobView job;
  private List<ProposalView> received;
  private Long hiring;
  private final List<Row> plan = new ArrayList<>();
  private Integer weeklyCapHours;

  /** A milestone row of the hire form; blank rows are ignored. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private Money amount;

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public Money getAmount() {
      return amount;
    }

    public void setAmount(Money amount) {
      this.amount = amount;
    }
  }

  public void load() {
    job = jobs.get(id);
    received = proposals.forJob(id);
  }

  public void shortlist(long proposalId) {
    proposals.shortlist(proposalId);
    load();
  }

  public void decline(long proposalId) {
    proposals.decline(proposalId);
    load();
  }

  public void close() {
    jobs.close(id);
    Pages.info("The job is closed; it no longer takes proposals.");
    load();
  }

  /** Opens the hire form for a proposal with one milestone for the proposed amount. */
  public void startHiring(ProposalView proposal) {
    hiring = proposal.id();
    plan.clear();
    for (int i = 0; i < 3; i++) {
      plan.add(new Row());
    }
    plan.get(0).setTitle(job.title());
    plan.get(0).setAmount(proposal.amount());
    weeklyCapHours = null;
  }

  public String hire() {
    if (job.kind() == JobKind.HOURLY) {
      long contract = contracts.hire(hiring, List.of(), weeklyCapHours);
      Pages.info(
          "Hired. Each week's escrow is held from your wallet at its start; the freelancer's"
              + " approved time is paid from it.");
      return "/app/contract?faces-redirect=true&id=" + contract;
    }
    List<MilestonePlan> milestones = new ArrayList<>();
    for (Row row : plan) {
      boolean blank = (row.title == null || row.title.isBlank()) && row.amount == null;
      if (!blank) {
        milestones.add(new MilestonePlan(row.title, row.amount));
      }
    }
    long contract = contracts.hire(hiring, milestones);
    Pages.info("Hired. Fund the first milestone to start the work.");
    return "/app/contract?faces-redirect=true&id=" + contract;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public JobView getJob() {
    return job;
  }

  public List<ProposalView> getReceived() {
    return received;
  }

  public Long getHiring() {
    return hiring;
  }

  public List<Row> getPlan() {
    return plan;
  }

  public Integer getWeeklyCapHours() {
    return weeklyCapHours;
  }

  public void setWeeklyCapHours(Integer weeklyCapHours) {
    this.weeklyCapHours = weeklyCapHours;
  }
}
