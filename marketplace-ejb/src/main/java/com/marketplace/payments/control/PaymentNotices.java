package com.marketplace.payments.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.payments.entity.ProviderPayment;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;

/** Announces money that arrived or left: TopUpConfirmed, WithdrawalPaid, WithdrawalFailed. */
@Dependent
public class PaymentNotices {

  public static final String TOP_UP_CONFIRMED = "TopUpConfirmed";
  public static final String WITHDRAWAL_PAID = "WithdrawalPaid";
  public static final String WITHDRAWAL_FAILED = "WithdrawalFailed";

  @Inject Event<DomainEvent> events;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  public void announce(String type, ProviderPayment payment) {
    var data = new HashMap<String, String>();
    data.put("paymentId", payment.getId().toString());
    data.put("memberId", Long.toString(payment.getMemberId()));
    data.put("amount", Long.toString(payment.getAmount()));
    data.put("currency", payment.getCurrency());
    if (payment.getFailure() != null) {
      data.put("failure", payment.getFailure());
    }
    long tenantId =
        tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    events.fire(DomainEvent.of(type, tenantId, clock.instant(), data));
  }
}
