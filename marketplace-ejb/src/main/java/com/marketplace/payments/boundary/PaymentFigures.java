package com.marketplace.payments.boundary;

import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.identity.control.Caller;
import com.marketplace.ledger.boundary.LedgerAudit;
import com.marketplace.ledger.control.Accounts;
import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.AuditReport;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.payments.control.SandboxGateway;
import com.marketplace.payments.entity.ProviderTotal;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The owner's view of the workspace's money: fee income, what each payment provider paid in, and
 * the ledger's invariants checked. Members' own wallets are {@link Wallets}.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class PaymentFigures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Tenants tenants;
  @Inject Accounts accounts;
  @Inject LedgerAudit ledgerAudit;

  /** The tenant's platform fee income so far, in the tenant's currency. */
  public Money feeIncome() {
    String currency = currency();
    return Money.of(
        accounts
            .find(AccountKind.TENANT_FEES, LedgerAccount.TENANT, currency)
            .map(LedgerAccount::getBalance)
            .orElse(0L),
        currency);
  }

  /**
   * Money paid into the workspace's wallets, net of payouts, by the provider that moved it: every
   * credit is posted against the WORLD account of its provider, so sandbox (test) money stays apart
   * from money a real provider took.
   */
  public List<ProviderTotal> paidInByProvider() {
    String currency = currency();
    return em.createQuery(
            "SELECT a FROM LedgerAccount a WHERE a.kind = :world AND a.currency = :currency"
                + " ORDER BY a.ownerRef",
            LedgerAccount.class)
        .setParameter("world", AccountKind.WORLD)
        .setParameter("currency", currency)
        .getResultStream()
        .map(
            a ->
                new ProviderTotal(
                    a.getOwnerRef(),
                    SandboxGateway.NAME.equals(a.getOwnerRef()),
                    Money.of(-a.getBalance(), currency)))
        .toList();
  }

  /** The ledger's invariants checked for the workspace (the owner's view of the books). */
  public AuditReport audit() {
    return ledgerAudit.audit();
  }

  private String currency() {
    return tenants.get(caller.ref().tenantId()).currency();
  }
}
