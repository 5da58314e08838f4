package com.marketplace.jobs.web;

import com.marketplace.files.web.Uploads;
import com.marketplace.jobs.boundary.Jobs;
import com.marketplace.jobs.entity.Category;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.entity.JobPosting;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Pages;
import com.marketplace.tenancy.web.Workspace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.LocalDate;
import java.util.List;

/** The client's job posting form (M2). */
@Named
@RequestScoped
public class PostJob {

  @Inject Jobs jobs;
  @Inject Workspace workspace;

  private String title;
  private String description;
  private Category category;
  private String skills;
  private JobKind kind = JobKind.FIXED;
  private Money budget;
  private LocalDate deadline;
  private List<Part> attachments;

  public String post() {
    var posted =
        jobs.post(
            new JobPosting(title, description, category, skills, kind, budget, deadline),
            Uploads.of(attachments));
    Pages.info("Your job “" + posted.title() + "” is on the board.");
    return "/app/client/job?faces-redirect=true&id=" + posted.id();
  }

  public String currency() {
    return workspace.getCurrent().currency();
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public JobKind[] getKinds() {
    return JobKind.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public JobKind getKind() {
    return kind;
  }

  public void setKind(JobKind kind) {
    this.kind = kind;
  }

  public Money getBudget() {
    return budget;
  }

  public void setBudget(Money budget) {
    this.budget = budget;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public List<Part> getAttachments() {
    return attachments;
  }

  public void setAttachments(List<Part> attachments) {
    this.attachments = attachments;
  }
}
