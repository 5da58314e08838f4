package com.marketplace.payments.boundary;

import com.marketplace.platform.scan.Due;
import com.marketplace.platform.scan.DueWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Settles what providers left pending and we are to ask about again: a top-up or withdrawal whose
 * provider answer was never recorded (the instance stopped between the call and the answer), and
 * sandbox charges that fail after a delay. Their due time is a database column, so a restart loses
 * nothing; the provider is asked under the payment's own idempotency key, so nothing is charged or
 * paid out twice. Only workspaces with such payments are visited; each payment is claimed and
 * settled in a transaction of its own ({@link DueWork}), and settling is idempotent, so several
 * instances running this scan at once do no harm.
 */
@Singleton
public class PaymentSettlement {

  static final Due TOP_UPS =
      Due.perTenant("top-up settlement", "top_up", "status = 'PENDING' AND check_at <= :now");

  static final Due WITHDRAWALS =
      Due.perTenant(
          "withdrawal settlement", "withdrawal", "status = 'PENDING' AND check_at <= :now");

  @Inject DueWork work;
  @Inject PaymentSteps steps;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void settle() {
    work.run(TOP_UPS, steps::recheckTopUp);
    work.run(WITHDRAWALS, steps::recheckWithdrawal);
  }
}
