package com.marketplace.subscriptions.boundary;

import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.identity.control.Caller;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.entity.BillingRun;
import com.marketplace.subscriptions.entity.BillingRunView;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The owner's "Run billing cycle": starts a run of the workspace's due subscriptions in the
 * background and shows how far it has come. One run at a time per workspace: a second click while
 * one runs answers the running one.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class BillingRuns {

  /** A run that reported nothing for this long is taken for lost (its instance stopped). */
  static final Duration LOST_AFTER = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Tenants tenants;
  @Inject BillingCycle cycle;
  @Inject jakarta.enterprise.event.Event<BillingRunner.Started> started;
  @Inject Clock clock;

  /** Starts a run, or answers the one running. */
  public BillingRunView start() {
    long tenantId = caller.ref().tenantId();
    Optional<BillingRun> running = latest().filter(this::stillRunning);
    if (running.isPresent()) {
      return view(running.get());
    }
    // one start at a time: the workspace's row orders two clicks
    em.find(com.marketplace.tenancy.entity.Tenant.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    running = latest().filter(this::stillRunning);
    if (running.isPresent()) {
      return view(running.get());
    }
    var run =
        new BillingRun(
            caller.ref().memberId(),
            cycle.due(BillingCycle.dueIn(tenantId), clock),
            clock.instant());
    em.persist(run);
    em.flush();
    started.fire(new BillingRunner.Started(run.getId(), tenantId));
    return view(run);
  }

  /** The latest run of the workspace, running or finished. */
  public Optional<BillingRunView> latestRun() {
    return latest().map(this::view);
  }

  private Optional<BillingRun> latest() {
    return em.createQuery("SELECT r FROM BillingRun r ORDER BY r.id DESC", BillingRun.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private boolean stillRunning(BillingRun run) {
    if (!run.isRunning()) {
      return false;
    }
    return run.getReportedAt().plus(LOST_AFTER).isAfter(clock.instant());
  }

  private BillingRunView view(BillingRun run) {
    return BillingRunView.of(run, tenants.get(caller.ref().tenantId()).currency());
  }
}
