package com.marketplace.contracts.control;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.platform.Money;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * A contract's money through the ledger, in the caller's transaction. Idempotency keys come from
 * the milestone, so the same milestone is funded once and settled once whoever asks (the client,
 * the timer, the owner) and however often.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Escrow {

  @Inject LedgerCommands ledger;
  @Inject TenantContext tenant;
  @Inject Tenants tenants;

  /** Client's available balance → the milestone's escrow; answers the hold. */
  public long fund(Contract contract, Milestone m) {
    return ledger
        .hold("fund:milestone:" + m.getId(), contract.getClientId(), m.getAmount(), reference(m))
        .holdId();
  }

  /** All of the milestone to the freelancer, minus the fee; answers the gross amount. */
  public Money release(Contract contract, Milestone m) {
    ledger.release(
        "settle:milestone:" + m.getId(),
        m.getHoldId(),
        m.getAmount(),
        contract.getFreelancerId(),
        platformFee());
    return m.getAmount();
  }

  /** The freelancer's gross share to them (minus the fee), the rest back to the client. */
  public void settle(Contract contract, Milestone m, Money toFreelancer) {
    String key = "settle:milestone:" + m.getId();
    Money toClient = m.getAmount().minus(toFreelancer);
    if (toClient.isZero()) {
      release(contract, m);
    } else if (toFreelancer.isZero()) {
      ledger.refund(key, m.getHoldId(), toClient);
    } else {
      ledger.split(
          key, m.getHoldId(), toFreelancer, toClient, contract.getFreelancerId(), platformFee());
    }
  }

  /**
   * The workspace's fee on what a freelancer earns from a contract, in basis points: taken from
   * every release, of a milestone or of an hourly contract's approved time.
   */
  public int platformFee() {
    return tenants
        .get(tenant.current().orElseThrow(() -> new IllegalStateException("No tenant")))
        .feeBasisPoints();
  }

  public static String reference(Milestone m) {
    return "milestone:" + m.getId();
  }
}
