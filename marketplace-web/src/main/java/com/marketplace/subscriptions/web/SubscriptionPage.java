package com.marketplace.subscriptions.web;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.web.Formats;
import com.marketplace.platform.web.Pages;
import com.marketplace.subscriptions.boundary.Plans;
import com.marketplace.subscriptions.boundary.Subscriptions;
import com.marketplace.subscriptions.entity.ChangePreview;
import com.marketplace.subscriptions.entity.PlanView;
import com.marketplace.subscriptions.entity.SubscriptionView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A subscription's page (S3): where it stands, its bills with their invoices, and the owner's
 * actions. A plan change is shown before it is made: the preview's lines and what it comes to; the
 * confirmation carries that figure, and when it no longer holds (a price changed, a day passed) the
 * new preview is shown with the reason instead. Every other action goes back to the page
 * (POST-redirect-GET).
 */
@Named
@ViewScoped
public class SubscriptionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Subscriptions subscriptions;
  @Inject Plans plans;
  @Inject Formats formats;

  private long id;
  private SubscriptionView subscription;
  private List<PlanView> planChoices = List.of();

  // the plan change
  private Long newPlan;
  private Long previewPlan;
  private ChangePreview preview;
  private String conflict;

  public void load() {
    subscription = subscriptions.get(id);
    if (subscription.status().live()) {
      planChoices =
          plans.list(false).stream().filter(p -> p.id() != subscription.planId()).toList();
    }
  }

  /** Reads what moving to the chosen plan costs, for the dialog. */
  public void previewChange() {
    if (newPlan == null) {
      throw new InvalidInputException("Choose the plan to move to.");
    }
    conflict = null;
    preview = null;
    preview = subscriptions.previewChange(id, newPlan);
    previewPlan = newPlan;
  }

  /** Makes the change as previewed; a preview that no longer holds is read again and shown. */
  public String confirmChange() {
    if (preview == null) {
      throw new InvalidInputException("Read what the change costs first.");
    }
    try {
      SubscriptionView changed =
          subscriptions.changePlan(id, previewPlan, preview.net().minorUnits());
      return done(
          "Moved to “"
              + changed.planName()
              + "”."
              + (preview.chargesNow() ? " The difference is billed now." : ""));
    } catch (ConflictException e) {
      conflict = e.getMessage();
      preview = subscriptions.previewChange(id, previewPlan);
      return null;
    }
  }

  public String cancelAtPeriodEnd() {
    SubscriptionView s = subscriptions.cancelAtPeriodEnd(id);
    return done("The subscription ends with its period, on " + day(s) + ".");
  }

  public String keep() {
    subscriptions.keep(id);
    return done("The subscription goes on.");
  }

  public String cancelNow() {
    subscriptions.cancelNow(id);
    return done("The subscription is cancelled; nothing more is billed.");
  }

  private String day(SubscriptionView s) {
    return s.periodEnd() == null ? "its next billing day" : formats.day(s.periodEnd());
  }

  private String done(String message) {
    Pages.info(message);
    return "/app/owner/subscription?faces-redirect=true&id=" + id;
  }

  public SubscriptionView getSubscription() {
    return subscription;
  }

  public List<PlanView> getPlanChoices() {
    return planChoices;
  }

  public ChangePreview getPreview() {
    return preview;
  }

  /** Why the last confirmation was refused (the preview shown is the new one). */
  public String getConflict() {
    return conflict;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Long getNewPlan() {
    return newPlan;
  }

  public void setNewPlan(Long newPlan) {
    this.newPlan = newPlan;
  }
}
