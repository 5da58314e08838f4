package com.marketplace.portal.web;

import com.marketplace.desk.boundary.TimeApprovals;
import com.marketplace.desk.entity.PendingTime;
import com.marketplace.desk.entity.TimeDecision;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** Time to approve: the entries submitted to the customer, decided one or many at once. */
@Named
@RequestScoped
public class PortalTime {

  @Inject TimeApprovals approvals;

  private PendingTime pending;
  private List<Long> chosen = new ArrayList<>();
  private String comment;

  public void load() {
    pending = approvals.pending();
  }

  public String approve() {
    return decide(TimeDecision.Verdict.APPROVE);
  }

  public String reject() {
    return decide(TimeDecision.Verdict.REJECT);
  }

  private String decide(TimeDecision.Verdict verdict) {
    String[] ticked =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("entry");
    chosen = new ArrayList<>();
    for (String t : ticked == null ? new String[0] : ticked) {
      try {
        chosen.add(Long.parseLong(t));
      } catch (NumberFormatException e) {
        throw new InvalidInputException("Tick the entries to decide.");
      }
    }
    if (chosen.isEmpty()) {
      throw new InvalidInputException("Tick the entries to decide.");
    }
    var result = approvals.decide(chosen, new TimeDecision(verdict, comment));
    Pages.info(
        (verdict == TimeDecision.Verdict.APPROVE ? "Approved " : "Rejected ")
            + result.decided().size()
            + " entries.");
    return "/portal/time?faces-redirect=true";
  }

  /** Read once per request, also when a refused decision is shown again. */
  public PendingTime getPending() {
    if (pending == null) {
      pending = approvals.pending();
    }
    return pending;
  }

  public List<Long> getChosen() {
    return chosen;
  }

  public void setChosen(List<Long> chosen) {
    this.chosen = chosen;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
