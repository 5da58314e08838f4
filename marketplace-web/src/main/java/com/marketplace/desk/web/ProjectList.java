package com.marketplace.desk.web;

import com.marketplace.desk.boundary.Clients;
import com.marketplace.desk.boundary.Projects;
import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ClientSearch;
import com.marketplace.desk.entity.ProjectRow;
import com.marketplace.desk.entity.ProjectSearch;
import com.marketplace.desk.entity.ProjectStatus;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The freelancer's projects (H2): filtered by client and status in the URL, paged on the server,
 * overdue ones marked; a project's status changes in place (Ajax), and the table shows the change
 * at once without a reload.
 */
@Named
@ViewScoped
public class ProjectList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Projects projects;
  @Inject Clients clients;
  @Inject ProjectForm form;

  private Long client;
  private String status;
  private ProjectSearch search;
  private List<ClientRow> clientChoices = List.of();
  private long total;

  /** Each listed project's status as its menu shows it, by project id. */
  private final Map<Long, String> statuses = new HashMap<>();

  private final LazyDataModel<ProjectRow> results =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          total = projects.count(search());
          return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<ProjectRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          List<ProjectRow> rows = projects.list(search(), first, pageSize);
          rows.forEach(r -> statuses.put(r.id(), r.status().name()));
          return rows;
        }
      };

  /** Runs after the view parameters are set. */
  public void init() {
    clientChoices = clients.list(new ClientSearch(null, null, true), 0, ProjectForm.CLIENTS_MAX);
    form.chooseClient();
    if (client != null) {
      form.setClientId(client);
    }
  }

  /** The status menu of a row changed: the project moves, the table shows it. */
  public void move(long projectId) {
    ProjectStatus next = ProjectStatus.valueOf(statuses.get(projectId));
    projects.moveTo(projectId, next);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, "The project is now “" + next.label() + "”.", null));
  }

  ProjectSearch search() {
    if (search == null) {
      search = new ProjectSearch(client, parse(status));
    }
    return search;
  }

  private static ProjectStatus parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ProjectStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public LazyDataModel<ProjectRow> getResults() {
    return results;
  }

  public Map<Long, String> getStatuses() {
    return statuses;
  }

  public ProjectStatus[] getStatusChoices() {
    return ProjectStatus.values();
  }

  public List<ClientRow> getClientChoices() {
    return clientChoices;
  }

  /** "12 projects", "1 project". */
  public String getMatches() {
    return total + (total == 1 ? " project" : " projects");
  }

  public Long getClient() {
    return client;
  }

  public void setClient(Long client) {
    this.client = client;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
