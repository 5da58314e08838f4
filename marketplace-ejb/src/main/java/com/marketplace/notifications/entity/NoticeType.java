package com.marketplace.notifications.entity;

/**
 * The events members hear about, each of which they may mute per channel. The names are stored with
 * notifications and preferences; which events bring which notices is decided in {@code
 * EventNotifier}.
 */
public enum NoticeType {
  MemberRegistered("Someone joins the workspace"),
  ProposalReceived("A proposal arrives for my job"),
  ProposalWithdrawn("A proposal for my job is withdrawn"),
  Hired("I am hired"),
  MilestoneFunded("A milestone is funded"),
  WorkSubmitted("Work is submitted for review"),
  ChangesRequested("Changes are requested"),
  MilestoneReleased("A milestone is released"),
  DisputeOpened("A dispute is opened"),
  DisputeResolved("A dispute is resolved"),
  ContractCancelled("A contract is cancelled"),
  ReviewPosted("I receive a review"),
  TopUpConfirmed("A top-up arrives in my wallet"),
  WithdrawalPaid("A withdrawal is paid out"),
  WithdrawalFailed("A withdrawal fails"),
  MessagePosted("A message arrives"),
  BudgetThresholdReached("A project's tracked time reaches a budget alert"),
  TimeSubmitted("Time is submitted for my approval"),
  TimeApproved("Tracked time is approved"),
  TimeRejected("My tracked time is rejected"),
  HourlyWeekFunded("A week of an hourly contract is funded"),
  HourlyContractPaused("An hourly contract is paused for want of funds"),
  InvoiceIssued("An invoice is sent to me"),
  PaymentReceived("A payment of my invoice arrives"),
  InvoiceOverdue("An invoice is overdue"),
  InvoiceReminder("An invoice to pay is due soon or overdue"),
  QuoteSent("A quote is sent to me"),
  QuoteAccepted("My quote is accepted"),
  QuoteRejected("My quote is rejected"),
  SubscriptionBillingFailed("A payment of my subscription fails");

  private final String label;

  NoticeType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
