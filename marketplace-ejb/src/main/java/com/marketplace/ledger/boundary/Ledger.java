package com.marketplace.ledger.boundary;

import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.ledger.entity.LedgerReceipt;
import com.marketplace.platform.Money;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The money commands on their own, each in a transaction of its own that is run again when it lost
 * a race (a concurrent replay of the same idempotency key is then answered from the winner's
 * entry). Releases and splits take the workspace's platform fee.
 *
 * <p>Permitted to any caller of the application: the ledger's own tests and benchmark use it; the
 * features move money through {@link LedgerCommands} inside their own boundaries, which check who
 * may move which money first.
 */
@Stateless
@PermitAll
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Ledger {

  @Inject LedgerCommands commands;
  @Inject TenantContext tenant;
  @Inject Tenants tenants;

  public LedgerReceipt topUp(
      String key, long memberId, Money amount, String provider, String reference) {
    return commands.topUp(key, memberId, amount, provider, reference);
  }

  public LedgerReceipt hold(String key, long payerMemberId, Money amount, String reference) {
    return commands.hold(key, payerMemberId, amount, reference);
  }

  public LedgerReceipt release(String key, long holdId, Money amount, long payeeMemberId) {
    return commands.release(key, holdId, amount, payeeMemberId, feeBasisPoints());
  }

  public LedgerReceipt refund(String key, long holdId, Money amount) {
    return commands.refund(key, holdId, amount);
  }

  public LedgerReceipt split(
      String key, long holdId, Money toPayee, Money toPayer, long payeeMemberId) {
    return commands.split(key, holdId, toPayee, toPayer, payeeMemberId, feeBasisPoints());
  }

  public LedgerReceipt requestWithdrawal(
      String key, long memberId, Money amount, String reference) {
    return commands.requestWithdrawal(key, memberId, amount, reference);
  }

  public LedgerReceipt withdrawalPaid(String key, long holdId, String provider) {
    return commands.withdrawalPaid(key, holdId, provider);
  }

  public LedgerReceipt withdrawalFailed(String key, long holdId) {
    return commands.withdrawalFailed(key, holdId);
  }

  private int feeBasisPoints() {
    return tenants
        .get(tenant.current().orElseThrow(() -> new IllegalStateException("No tenant")))
        .feeBasisPoints();
  }
}
