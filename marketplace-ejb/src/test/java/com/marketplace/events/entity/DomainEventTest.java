package com.marketplace.events.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.events.entity.DomainEvent.Handler;
import com.marketplace.events.entity.DomainEvent.Header;
import com.marketplace.identity.entity.Role;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DomainEventTest {

  @Test
  void eachEventGetsItsOwnIdAndCarriesItsTenantAndTime() {
    var first = DomainEvent.header(1, Instant.EPOCH);
    var second = DomainEvent.header(1, Instant.EPOCH);
    var event = new DomainEvent.MemberRegistered(first, 42, Role.CLIENT, "Ada");

    assertThat(first.eventId()).isNotEqualTo(second.eventId()).hasSize(36);
    assertThat(event.eventId()).isEqualTo(first.eventId());
    assertThat(event.tenantId()).isEqualTo(1);
    assertThat(event.occurredAt()).isEqualTo(Instant.EPOCH);
    assertThat(event.type()).isEqualTo("MemberRegistered");
  }

  @Test
  void aHeaderNeedsAnIdAndATime() {
    assertThatThrownBy(() -> new Header(null, 1, Instant.EPOCH)).hasMessageContaining("eventId");
    assertThatThrownBy(() -> new Header("e", 1, null)).hasMessageContaining("occurredAt");
  }

  /** Their names are the types on the wire: these are in outboxes and queues already. */
  @Test
  void theEventTypesKeepTheirNames() {
    assertThat(
            Arrays.stream(DomainEvent.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "MemberRegistered",
            "PortalInvited",
            "JobPosted",
            "ProposalReceived",
            "ProposalWithdrawn",
            "Hired",
            "MilestoneFunded",
            "WorkSubmitted",
            "ChangesRequested",
            "MilestoneReleased",
            "DisputeOpened",
            "DisputeResolved",
            "ContractCancelled",
            "ReviewPosted",
            "MessagePosted",
            "TopUpConfirmed",
            "WithdrawalPaid",
            "WithdrawalFailed",
            "BudgetThresholdReached",
            "TimeSubmitted",
            "TimeApproved",
            "TimeRejected",
            "HourlyWeekFunded",
            "HourlyContractPaused",
            "InvoiceIssued",
            "PaymentReceived",
            "InvoiceOverdue",
            "InvoiceReminder",
            "QuoteSent",
            "QuoteAccepted",
            "QuoteRejected",
            "SubscriptionBillingFailed");
  }

  @Test
  void everyEventGoesToItsOwnMethodOfAHandler() {
    @SuppressWarnings("unchecked")
    Handler<String> names =
        (Handler<String>)
            Proxy.newProxyInstance(
                Handler.class.getClassLoader(),
                new Class<?>[] {Handler.class},
                (proxy, method, args) -> {
                  assertThat(method.getParameterTypes()).containsExactly(args[0].getClass());
                  return method.getName();
                });
    assertThat(Handler.class.getMethods()).hasSameSizeAs(SampleEvents.all());
    for (DomainEvent event : SampleEvents.all()) {
      String type = event.type();
      assertThat(event.accept(names))
          .isEqualTo(type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1));
    }
  }
}
