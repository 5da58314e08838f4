package com.marketplace.portal.web;

import com.marketplace.platform.web.Pages;
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
 * The customer's subscriptions: change plan after seeing the proration preview (the confirmation
 * carries the previewed amount, which must still hold), and cancel at the period's end.
 */
@Named
@ViewScoped
public class PortalSubscription implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Subscriptions subscriptions;

  private List<SubscriptionView> mine;
  private List<PlanView> plans;
  private Long subscriptionId;
  private Long planId;
  private ChangePreview preview;
  private Long cardSubscriptionId;
  private String card;

  public void load() {
    mine = subscriptions.mine();
    plans = subscriptions.plansOnOffer();
  }

  public void previewChange() {
    preview = subscriptions.previewChange(subscriptionId, planId);
  }

  public String confirmChange() {
    subscriptions.changePlan(subscriptionId, planId, preview.net().minorUnits());
    Pages.info("Your plan is changed.");
    return "/portal/subscription?faces-redirect=true";
  }

  public String cancelAtPeriodEnd(long id) {
    subscriptions.cancelAtPeriodEnd(id);
    Pages.info("Your subscription ends at the end of its period.");
    return "/portal/subscription?faces-redirect=true";
  }

  /** A new card for the subscription's next bills (the sandbox takes its test cards). */
  public String replaceCard() {
    String last4 = subscriptions.replaceCard(cardSubscriptionId, card);
    Pages.info("Your card ending in " + last4 + " pays from now on.");
    return "/portal/subscription?faces-redirect=true";
  }

  public Long getCardSubscriptionId() {
    return cardSubscriptionId;
  }

  public void setCardSubscriptionId(Long cardSubscriptionId) {
    this.cardSubscriptionId = cardSubscriptionId;
  }

  public String getCard() {
    return card;
  }

  public void setCard(String card) {
    this.card = card;
  }

  public List<SubscriptionView> getMine() {
    return mine;
  }

  public List<PlanView> getPlans() {
    return plans;
  }

  public Long getSubscriptionId() {
    return subscriptionId;
  }

  public void setSubscriptionId(Long subscriptionId) {
    this.subscriptionId = subscriptionId;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public ChangePreview getPreview() {
    return preview;
  }
}
