package com.marketplace.desk.web;

import com.marketplace.desk.boundary.Clients;
import com.marketplace.desk.boundary.Projects;
import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ClientSearch;
import com.marketplace.desk.entity.ProjectPlan;
import com.marketplace.desk.entity.ProjectView;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The project form of the desk's dialogs: a new project (for a client chosen in the dialog, or the
 * client whose page it is on) or a project replanned on its own page. A budget is in whole hours or
 * in money.
 */
@Named
@ViewScoped
public class ProjectForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most clients the dialog's choice offers. */
  static final int CLIENTS_MAX = 500;

  @Inject Projects projects;
  @Inject Clients clients;

  private Long clientId;
  private boolean clientFixed;
  private List<ClientRow> clientChoices = List.of();
  private String name;
  private String description;
  private Money rate;
  private Long budgetHours;
  private Money budgetAmount;
  private LocalDate deadline;

  /** On a client's page: new projects are for that client. */
  public void forClient(long id) {
    clientId = id;
    clientFixed = true;
  }

  /** On a project's page: the form holds the project as it is agreed now. */
  public void fill(ProjectView p) {
    clientId = p.clientId();
    name = p.name();
    description = p.description();
    rate = p.rate();
    budgetHours = p.budgetMinutes() == null ? null : p.budgetMinutes() / 60;
    budgetAmount = p.budgetAmount();
    deadline = p.deadline();
    if (clientChoices.stream().noneMatch(c -> c.id() == p.clientId())) {
      // an archived client keeps its projects: it stays the choice it is
      var choices = new java.util.ArrayList<>(clientChoices);
      choices.add(new ClientRow(p.clientId(), p.clientName(), null, null, null, null, true, 1));
      clientChoices = choices;
    }
  }

  public String create() {
    long id = projects.create(clientId == null ? 0 : clientId, plan());
    Pages.info("“" + name.strip() + "” is on your desk.");
    return "/app/desk/project?faces-redirect=true&id=" + id;
  }

  public String save(long projectId) {
    projects.replan(projectId, clientId == null ? 0 : clientId, plan());
    Pages.info("Saved.");
    return "/app/desk/project?faces-redirect=true&id=" + projectId;
  }

  private ProjectPlan plan() {
    return new ProjectPlan(
        name,
        description,
        rate,
        budgetHours == null ? null : Math.multiplyExact(budgetHours, 60),
        budgetAmount,
        deadline);
  }

  /** For a new project of any client: the caller's clients (not archived) to choose from. */
  public void chooseClient() {
    clientChoices = clients.list(ClientSearch.all(), 0, CLIENTS_MAX);
  }

  public List<ClientRow> getClientChoices() {
    return clientChoices;
  }

  public boolean isClientFixed() {
    return clientFixed;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Money getRate() {
    return rate;
  }

  public void setRate(Money rate) {
    this.rate = rate;
  }

  public Long getBudgetHours() {
    return budgetHours;
  }

  public void setBudgetHours(Long budgetHours) {
    this.budgetHours = budgetHours;
  }

  public Money getBudgetAmount() {
    return budgetAmount;
  }

  public void setBudgetAmount(Money budgetAmount) {
    this.budgetAmount = budgetAmount;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }
}
