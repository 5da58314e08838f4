package com.marketplace.events.entity;

import com.marketplace.identity.entity.Role;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in a tenant, published to the broker after the transaction that caused it
 * commits. One record per kind of event, with the facts a consumer needs; the {@link Handler} makes
 * every consumer decide about every kind, so a new or renamed event cannot pass a consumer by
 * unnoticed. The record's name is its type on the wire and its components' names are the keys of
 * its data (see {@code EventJson}): renamed, events of the old shape still waiting in an outbox or
 * queue could no longer be read and would end with the dead letters.
 */
public sealed interface DomainEvent {

  /**
   * Which event this is, where and when it happened; the event id lets consumers ignore a
   * redelivery.
   */
  record Header(String eventId, long tenantId, Instant occurredAt) {
    public Header {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** A header for a new event, with an id of its own. */
  static Header header(long tenantId, Instant occurredAt) {
    return new Header(UUID.randomUUID().toString(), tenantId, occurredAt);
  }

  Header header();

  <R> R accept(Handler<R> handler);

  /** The event's type name, as the outbox and the broker carry it. */
  default String type() {
    return getClass().getSimpleName();
  }

  default String eventId() {
    return header().eventId();
  }

  default long tenantId() {
    return header().tenantId();
  }

  default Instant occurredAt() {
    return header().occurredAt();
  }

  /** What a consumer does with each kind of event; a new kind does not compile until it decides. */
  interface Handler<R> {
    R memberRegistered(MemberRegistered e);

    R portalInvited(PortalInvited e);

    R jobPosted(JobPosted e);

    R proposalReceived(ProposalReceived e);

    R proposalWithdrawn(ProposalWithdrawn e);

    R hired(Hired e);

    R milestoneFunded(MilestoneFunded e);

    R workSubmitted(WorkSubmitted e);

    R changesRequested(ChangesRequested e);

    R milestoneReleased(MilestoneReleased e);

    R disputeOpened(DisputeOpened e);

    R disputeResolved(DisputeResolved e);

    R contractCancelled(ContractCancelled e);

    R reviewPosted(ReviewPosted e);

    R messagePosted(MessagePosted e);

    R topUpConfirmed(TopUpConfirmed e);

    R withdrawalPaid(WithdrawalPaid e);

    R withdrawalFailed(WithdrawalFailed e);

    R budgetThresholdReached(BudgetThresholdReached e);

    R timeSubmitted(TimeSubmitted e);

    R timeApproved(TimeApproved e);

    R timeRejected(TimeRejected e);

    R hourlyWeekFunded(HourlyWeekFunded e);

    R hourlyContractPaused(HourlyContractPaused e);

    R invoiceIssued(InvoiceIssued e);

    R paymentReceived(PaymentReceived e);

    R invoiceOverdue(InvoiceOverdue e);

    R invoiceReminder(InvoiceReminder e);

    R quoteSent(QuoteSent e);

    R quoteAccepted(QuoteAccepted e);

    R quoteRejected(QuoteRejected e);

    R subscriptionBillingFailed(SubscriptionBillingFailed e);
  }

  // identity

  record MemberRegistered(Header header, long memberId, Role role, String displayName)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.memberRegistered(this);
    }
  }

  /** A portal account was sent its invite link (the link itself travels only in the email). */
  record PortalInvited(Header header, long memberId, long invitedBy) implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.portalInvited(this);
    }
  }

  // jobs and proposals

  record JobPosted(Header header, long jobId, long clientId) implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.jobPosted(this);
    }
  }

  record ProposalReceived(
      Header header, long proposalId, long jobId, long clientId, long freelancerId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.proposalReceived(this);
    }
  }

  record ProposalWithdrawn(Header header, long proposalId, long jobId) implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.proposalWithdrawn(this);
    }
  }

  // contracts: each names its two parties and the member who acted

  record Hired(Header header, long contractId, long clientId, long freelancerId, long actorId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.hired(this);
    }
  }

  record MilestoneFunded(
      Header header,
      long contractId,
      long clientId,
      long freelancerId,
      long milestoneId,
      long actorId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.milestoneFunded(this);
    }
  }

  record WorkSubmitted(
      Header header,
      long contractId,
      long clientId,
      long freelancerId,
      long milestoneId,
      long actorId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.workSubmitted(this);
    }
  }

  record ChangesRequested(
      Header header,
      long contractId,
      long clientId,
      long freelancerId,
      long milestoneId,
      long actorId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.changesRequested(this);
    }
  }

  /**
   * Released by the client's approval, or by the timer ({@code actorId} null) once the review
   * period ran out.
   */
  record MilestoneReleased(
      Header header,
      long contractId,
      long clientId,
      long freelancerId,
      long milestoneId,
      @Nullable Long actorId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.milestoneReleased(this);
    }
  }

  record DisputeOpened(
      Header header, long contractId, long clientId, long freelancerId, long actorId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.disputeOpened(this);
    }
  }

  record DisputeResolved(
      Header header, long contractId, long clientId, long freelancerId, long actorId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.disputeResolved(this);
    }
  }

  record ContractCancelled(
      Header header, long contractId, long clientId, long freelancerId, long actorId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.contractCancelled(this);
    }
  }

  record ReviewPosted(
      Header header, long contractId, long clientId, long freelancerId, long actorId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.reviewPosted(this);
    }
  }

  // conversations

  record MessagePosted(
      Header header, long conversationId, long messageId, long senderId, long recipientId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.messagePosted(this);
    }
  }

  // payments: amounts in minor units of the currency

  record TopUpConfirmed(Header header, long paymentId, long memberId, long amount, String currency)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.topUpConfirmed(this);
    }
  }

  record WithdrawalPaid(Header header, long paymentId, long memberId, long amount, String currency)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.withdrawalPaid(this);
    }
  }

  record WithdrawalFailed(
      Header header,
      long paymentId,
      long memberId,
      long amount,
      String currency,
      @Nullable String failure)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.withdrawalFailed(this);
    }
  }

  // the freelancer's desk

  /**
   * The time tracked on a project reached {@code threshold} percent of its budget (75, 90, 100),
   * raised once per threshold; {@code clientMemberId} is the client member the project's client is
   * linked to, if any.
   */
  record BudgetThresholdReached(
      Header header,
      long projectId,
      long freelancerId,
      @Nullable Long clientMemberId,
      long threshold)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.budgetThresholdReached(this);
    }
  }

  /**
   * A freelancer submitted {@code entries} time entries of a project ({@code seconds} in all) for
   * the approval of {@code clientMemberId}, the client member the project's client is linked to;
   * one event per project and submission. {@code week} is the Monday (ISO date) of the week of the
   * earliest entry.
   */
  record TimeSubmitted(
      Header header,
      long projectId,
      long freelancerId,
      long clientMemberId,
      long entries,
      long seconds,
      String week)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.timeSubmitted(this);
    }
  }

  /**
   * Submitted time of a project was approved: by the client member ({@code actorId}), or by the
   * workspace itself ({@code actorId} null) after its days of client silence; one event per project
   * and decision. {@code comment} is the client's, or says the approval was automatic.
   */
  record TimeApproved(
      Header header,
      long projectId,
      long freelancerId,
      long clientMemberId,
      @Nullable Long actorId,
      long entries,
      long seconds,
      String week,
      @Nullable String comment)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.timeApproved(this);
    }
  }

  /** The client member rejected submitted time of a project, saying why in {@code comment}. */
  record TimeRejected(
      Header header,
      long projectId,
      long freelancerId,
      long clientMemberId,
      long entries,
      long seconds,
      String week,
      String comment)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.timeRejected(this);
    }
  }

  // hourly contracts: weeks named by their Monday (ISO date, UTC), amounts in minor units

  /** A week of an hourly contract is held in escrow: time can be tracked up to its cap. */
  record HourlyWeekFunded(
      Header header,
      long contractId,
      long clientId,
      long freelancerId,
      String weekStart,
      long amount,
      String currency)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.hourlyWeekFunded(this);
    }
  }

  /**
   * The client's wallet could not cover a week's escrow of an hourly contract: it is paused until
   * the hold is taken.
   */
  record HourlyContractPaused(
      Header header,
      long contractId,
      long clientId,
      long freelancerId,
      String weekStart,
      long amount,
      String currency)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.hourlyContractPaused(this);
    }
  }

  // invoices: amounts in minor units of the invoice's currency

  /**
   * An invoice was issued: its recipient hears of it (with the PDF) — the member it is addressed
   * to, or the CRM client's email address when no member is.
   */
  record InvoiceIssued(
      Header header,
      long invoiceId,
      String number,
      @Nullable Long issuerMemberId,
      @Nullable Long recipientMemberId,
      long amount,
      String currency)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.invoiceIssued(this);
    }
  }

  /** A payment of an invoice succeeded: its issuer hears of it. */
  record PaymentReceived(
      Header header,
      long invoiceId,
      long paymentId,
      String number,
      @Nullable Long issuerMemberId,
      @Nullable Long payerMemberId,
      long amount,
      String currency,
      String method)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.paymentReceived(this);
    }
  }

  /** An open invoice passed its due date: both sides hear of it, once. */
  record InvoiceOverdue(
      Header header,
      long invoiceId,
      String number,
      @Nullable Long issuerMemberId,
      @Nullable Long recipientMemberId,
      long open,
      String currency,
      String dueOn)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.invoiceOverdue(this);
    }
  }

  /**
   * A reminder of an open invoice, {@code days} from its due date (negative: before it), sent once
   * for each of the issuer's reminder days.
   */
  record InvoiceReminder(
      Header header,
      long invoiceId,
      String number,
      @Nullable Long recipientMemberId,
      long days,
      long open,
      String currency,
      String dueOn)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.invoiceReminder(this);
    }
  }

  // quotes: amounts in minor units of the quote's currency

  /**
   * A quote was sent: its recipient hears of it (with the PDF) — the member it is addressed to, or
   * the CRM client's email address when no member is.
   */
  record QuoteSent(
      Header header,
      long quoteId,
      String number,
      @Nullable Long issuerMemberId,
      @Nullable Long recipientMemberId,
      long amount,
      String currency,
      String validUntil)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.quoteSent(this);
    }
  }

  /**
   * A quote was accepted by its recipient: its issuer hears of it and of the project or contract it
   * became (one of the two).
   */
  record QuoteAccepted(
      Header header,
      long quoteId,
      String number,
      @Nullable Long issuerMemberId,
      long recipientMemberId,
      @Nullable Long projectId,
      @Nullable Long contractId)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.quoteAccepted(this);
    }
  }

  /** A quote was rejected by its recipient, who said why: its issuer hears of it. */
  record QuoteRejected(
      Header header,
      long quoteId,
      String number,
      @Nullable Long issuerMemberId,
      long recipientMemberId,
      String comment)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.quoteRejected(this);
    }
  }

  // subscriptions

  /**
   * A subscription's charge failed: the customer hears of it at each step of dunning, with the next
   * try's day, or that the subscription is cancelled after the last one. A customer who is a member
   * is {@code memberId}; others are written to at {@code email}.
   */
  record SubscriptionBillingFailed(
      Header header,
      long subscriptionId,
      @Nullable Long memberId,
      String email,
      String name,
      String plan,
      long amount,
      String currency,
      long attempt,
      @Nullable String nextTryOn,
      @Nullable String failure)
      implements DomainEvent {
    public <R> R accept(Handler<R> h) {
      return h.subscriptionBillingFailed(this);
    }
  }
}
