package com.marketplace.payments.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.TopUpConfirmed;
import com.marketplace.events.entity.DomainEvent.WithdrawalFailed;
import com.marketplace.events.entity.DomainEvent.WithdrawalPaid;
import com.marketplace.payments.entity.ProviderPayment;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;

/** Announces money that arrived or left: TopUpConfirmed, WithdrawalPaid, WithdrawalFailed. */
@Dependent
public class PaymentNotices {

  /** The event a settled payment announces. */
  @FunctionalInterface
  public interface Announcement {
    DomainEvent of(DomainEvent.Header header, ProviderPayment payment);
  }

  public static final Announcement TOP_UP_CONFIRMED =
      (h, p) ->
          new TopUpConfirmed(
              h,
              p.getId(),
              p.getMemberId(),
              p.getAmount().minorUnits(),
              p.getAmount().currencyCode());
  public static final Announcement WITHDRAWAL_PAID =
      (h, p) ->
          new WithdrawalPaid(
              h,
              p.getId(),
              p.getMemberId(),
              p.getAmount().minorUnits(),
              p.getAmount().currencyCode());
  public static final Announcement WITHDRAWAL_FAILED =
      (h, p) ->
          new WithdrawalFailed(
              h,
              p.getId(),
              p.getMemberId(),
              p.getAmount().minorUnits(),
              p.getAmount().currencyCode(),
              p.getFailure());

  @Inject Event<DomainEvent> events;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  public void announce(Announcement announcement, ProviderPayment payment) {
    long tenantId =
        tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    events.fire(announcement.of(DomainEvent.header(tenantId, clock.instant()), payment));
  }
}
