package com.marketplace.desk.web;

import com.marketplace.desk.boundary.Projects;
import com.marketplace.desk.entity.ProjectStatus;
import com.marketplace.desk.entity.ProjectView;
import com.marketplace.platform.web.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A project's page (H2): what it is agreed as (replanned in a dialog), its stage (changed in
 * place), the budget and how much of it the tracked time uses, the deadline, and its history.
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Projects projects;
  @Inject ProjectForm form;

  private long id;
  private ProjectView project;
  private String status;

  public void load() {
    project = projects.get(id);
    status = project.status().name();
    form.chooseClient();
    form.fill(project);
  }

  /** The status menu changed: the project moves, and the page shows it with its history. */
  public void move() {
    ProjectStatus next = ProjectStatus.valueOf(status);
    projects.moveTo(id, next);
    project = projects.get(id);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, "The project is now “" + next.label() + "”.", null));
  }

  public String delete() {
    projects.delete(id);
    Pages.info("“" + project.name() + "” was deleted.");
    return "/app/desk/projects?faces-redirect=true";
  }

  public ProjectStatus[] getStatusChoices() {
    return ProjectStatus.values();
  }

  public ProjectView getProject() {
    return project;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
