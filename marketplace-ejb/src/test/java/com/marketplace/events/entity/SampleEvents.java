package com.marketplace.events.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.events.entity.DomainEvent.BudgetThresholdReached;
import com.marketplace.events.entity.DomainEvent.ChangesRequested;
import com.marketplace.events.entity.DomainEvent.ContractCancelled;
import com.marketplace.events.entity.DomainEvent.DisputeOpened;
import com.marketplace.events.entity.DomainEvent.DisputeResolved;
import com.marketplace.events.entity.DomainEvent.Header;
import com.marketplace.events.entity.DomainEvent.Hired;
import com.marketplace.events.entity.DomainEvent.HourlyContractPaused;
import com.marketplace.events.entity.DomainEvent.HourlyWeekFunded;
import com.marketplace.events.entity.DomainEvent.InvoiceIssued;
import com.marketplace.events.entity.DomainEvent.InvoiceOverdue;
import com.marketplace.events.entity.DomainEvent.InvoiceReminder;
import com.marketplace.events.entity.DomainEvent.JobPosted;
import com.marketplace.events.entity.DomainEvent.MemberRegistered;
import com.marketplace.events.entity.DomainEvent.MessagePosted;
import com.marketplace.events.entity.DomainEvent.MilestoneFunded;
import com.marketplace.events.entity.DomainEvent.MilestoneReleased;
import com.marketplace.events.entity.DomainEvent.PaymentReceived;
import com.marketplace.events.entity.DomainEvent.ProposalReceived;
import com.marketplace.events.entity.DomainEvent.ProposalWithdrawn;
import com.marketplace.events.entity.DomainEvent.QuoteAccepted;
import com.marketplace.events.entity.DomainEvent.QuoteRejected;
import com.marketplace.events.entity.DomainEvent.QuoteSent;
import com.marketplace.events.entity.DomainEvent.ReviewPosted;
import com.marketplace.events.entity.DomainEvent.SubscriptionBillingFailed;
import com.marketplace.events.entity.DomainEvent.TimeApproved;
import com.marketplace.events.entity.DomainEvent.TimeRejected;
import com.marketplace.events.entity.DomainEvent.TimeSubmitted;
import com.marketplace.events.entity.DomainEvent.TopUpConfirmed;
import com.marketplace.events.entity.DomainEvent.WithdrawalFailed;
import com.marketplace.events.entity.DomainEvent.WithdrawalPaid;
import com.marketplace.events.entity.DomainEvent.WorkSubmitted;
import com.marketplace.identity.entity.Role;
import java.time.Instant;
import java.util.List;

/** One event of every type, with every value set and distinct; for tests. */
public final class SampleEvents {

  public static final Header HEADER =
      new Header(
          "0b8f6c1e-2f3a-4d5b-8c7d-9e0f1a2b3c4d", 7, Instant.parse("2025-03-04T05:06:07.123456Z"));

  private SampleEvents() {}

  /** One of each type; fails should a type have none. */
  public static List<DomainEvent> all() {
    List<DomainEvent> all =
        List.of(
            new MemberRegistered(HEADER, 11, Role.FREELANCER, "Ada “the dev” Lovelace"),
            new DomainEvent.PortalInvited(HEADER, 11, 12),
            new JobPosted(HEADER, 11, 12),
            new ProposalReceived(HEADER, 11, 12, 13, 14),
            new ProposalWithdrawn(HEADER, 11, 12),
            new Hired(HEADER, 11, 12, 13, 14),
            new MilestoneFunded(HEADER, 11, 12, 13, 14, 15),
            new WorkSubmitted(HEADER, 11, 12, 13, 14, 15),
            new ChangesRequested(HEADER, 11, 12, 13, 14, 15),
            new MilestoneReleased(HEADER, 11, 12, 13, 14, 15L),
            new DisputeOpened(HEADER, 11, 12, 13, 14),
            new DisputeResolved(HEADER, 11, 12, 13, 14),
            new ContractCancelled(HEADER, 11, 12, 13, 14),
            new ReviewPosted(HEADER, 11, 12, 13, 14),
            new MessagePosted(HEADER, 11, 12, 13, 14),
            new TopUpConfirmed(HEADER, 11, 12, 9_007_199_254_740_993L, "EUR"),
            new WithdrawalPaid(HEADER, 11, 12, 5_000, "USD"),
            new WithdrawalFailed(HEADER, 11, 12, 5_000, "USD", "account closed"),
            new BudgetThresholdReached(HEADER, 11, 12, 13L, 75),
            new TimeSubmitted(HEADER, 11, 12, 13, 2, 5_400, "2026-11-23"),
            new TimeApproved(HEADER, 11, 12, 13, 13L, 2, 5_400, "2026-11-23", "Thanks"),
            new TimeRejected(HEADER, 11, 12, 13, 1, 1_800, "2026-11-23", "Wrong “project”"),
            new HourlyWeekFunded(HEADER, 11, 12, 13, "2026-03-02", 36_000, "EUR"),
            new HourlyContractPaused(HEADER, 11, 12, 13, "2026-03-09", 36_000, "EUR"),
            new InvoiceIssued(HEADER, 21, "INV-2026-0001", 12L, null, 119_00, "EUR"),
            new PaymentReceived(HEADER, 21, 22, "INV-2026-0001", 12L, 13L, 50_00, "EUR", "Card"),
            new InvoiceOverdue(HEADER, 21, "INV-2026-0001", 12L, 13L, 69_00, "EUR", "2026-12-01"),
            new InvoiceReminder(HEADER, 21, "INV-2026-0001", 13L, -3, 69_00, "EUR", "2026-12-01"),
            new QuoteSent(HEADER, 31, "INV-Q-2026-0001", 12L, null, 119_00, "EUR", "2026-12-31"),
            new QuoteAccepted(HEADER, 31, "INV-Q-2026-0001", 12L, 13, null, 41L),
            new QuoteRejected(HEADER, 31, "INV-Q-2026-0001", 12L, 13, "Too “dear”"),
            new SubscriptionBillingFailed(
                HEADER,
                51,
                null,
                "dora@example.com",
                "Dora",
                "Studio",
                29_00,
                "EUR",
                2,
                "3 Feb 2027",
                "Your card was declined."));
    assertThat(all.stream().<Class<?>>map(DomainEvent::getClass))
        .containsExactlyInAnyOrder(DomainEvent.class.getPermittedSubclasses());
    return all;
  }
}
