package com.marketplace.contracts.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractView;
import com.marketplace.contracts.entity.MilestonePlan;
import com.marketplace.files.web.Uploads;
import com.marketplace.hourly.boundary.HourlyContracts;
import com.marketplace.hourly.entity.HourlyView;
import com.marketplace.ledger.entity.InsufficientFundsException;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * A contract's page (M4–M9): milestones and their escrow, the actions the caller's side may take
 * now, submissions with their files, the dispute and the history; for an hourly contract its rate,
 * cap and weeks instead of milestones, and the client's "Resume" while it is paused (H4). Every
 * action goes back to the page with the result (POST-redirect-GET) so a reload never repeats it.
 */
@Named
@ViewScoped
public class ContractPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Contracts contracts;
  @Inject HourlyContracts hourly;

  private long id;
  private ContractView contract;
  private HourlyView weeks;
  private String note;
  private transient List<Part> deliverables;
  private String comment;
  private String reason;
  private Contract.Resolution decision;
  private Money toFreelancer;
  private String resolutionNote;
  private Integer stars;
  private String reviewText;
  private String milestoneTitle;
  private Money milestoneAmount;
  private boolean needsTopUp;

  public void load() {
    contract = contracts.get(id);
    weeks = contract.weekly() ? hourly.weeks(id) : null;
  }

  /** The client tries the paused contract's week again, after topping up. */
  public String resume() {
    try {
      hourly.resume(id);
    } catch (InsufficientFundsException e) {
      needsTopUp = true;
      Pages.error(e.getMessage() + " Add funds to your wallet, then resume the contract.");
      return null;
    }
    return done("The week is funded and held in escrow: the contract runs again.");
  }

  /** Either party ends the hourly contract; its open weeks settle as their time is decided. */
  public String end() {
    hourly.end(id);
    return done(
        "The contract has ended: no more weeks are held and no more time is tracked on it. Its"
            + " open week closes, the rest back to the client, once its time is decided.");
  }

  public String fund(long milestoneId) {
    try {
      contracts.fund(id, milestoneId);
    } catch (InsufficientFundsException e) {
      needsTopUp = true;
      Pages.error(e.getMessage() + " Add funds to your wallet, then fund the milestone.");
      return null;
    }
    return done("The milestone is funded and held in escrow.");
  }

  public String submit() {
    contracts.submit(id, note, Uploads.of(deliverables));
    return done("Your work was submitted for review.");
  }

  public String approve() {
    contracts.approve(id);
    return done("Approved: the milestone was released to the freelancer.");
  }

  public String requestChanges() {
    contracts.requestChanges(id, comment);
    return done("Changes requested; the freelancer has been told.");
  }

  public String dispute() {
    contracts.openDispute(id, reason);
    return done("The dispute is open. The funds stay in escrow until the owner decides.");
  }

  public String resolve() {
    contracts.resolve(
        id, decision, decision == Contract.Resolution.SPLIT ? toFreelancer : null, resolutionNote);
    return done("The dispute is resolved.");
  }

  public String cancel() {
    var after = contracts.cancel(id);
    return done(
        after.finished()
            ? "The contract is cancelled; held funds went back to the client."
            : "Cancellation requested; it takes effect when the other side agrees.");
  }

  public String review() {
    contracts.review(id, stars == null ? 0 : stars, reviewText);
    return done("Thank you for your review.");
  }

  public String addMilestone() {
    contracts.addMilestone(id, new MilestonePlan(milestoneTitle, milestoneAmount));
    return done("Milestone added.");
  }

  private String done(String message) {
    Pages.info(message);
    return "/app/contract?faces-redirect=true&id=" + id;
  }

  public Contract.Resolution[] getDecisions() {
    return Contract.Resolution.values();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ContractView getContract() {
    return contract;
  }

  /** An hourly contract's rate, cap and weeks; null for a fixed-price one. */
  public HourlyView getWeeks() {
    return weeks;
  }

  public boolean isNeedsTopUp() {
    return needsTopUp;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<Part> getDeliverables() {
    return deliverables;
  }

  public void setDeliverables(List<Part> deliverables) {
    this.deliverables = deliverables;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Contract.Resolution getDecision() {
    return decision;
  }

  public void setDecision(Contract.Resolution decision) {
    this.decision = decision;
  }

  public Money getToFreelancer() {
    return toFreelancer;
  }

  public void setToFreelancer(Money toFreelancer) {
    this.toFreelancer = toFreelancer;
  }

  public String getResolutionNote() {
    return resolutionNote;
  }

  public void setResolutionNote(String resolutionNote) {
    this.resolutionNote = resolutionNote;
  }

  public Integer getStars() {
    return stars;
  }

  public void setStars(Integer stars) {
    this.stars = stars;
  }

  public String getReviewText() {
    return reviewText;
  }

  public void setReviewText(String reviewText) {
    this.reviewText = reviewText;
  }

  public String getMilestoneTitle() {
    return milestoneTitle;
  }

  public void setMilestoneTitle(String milestoneTitle) {
    this.milestoneTitle = milestoneTitle;
  }

  public Money getMilestoneAmount() {
    return milestoneAmount;
  }

  public void setMilestoneAmount(Money milestoneAmount) {
    this.milestoneAmount = milestoneAmount;
  }
}
