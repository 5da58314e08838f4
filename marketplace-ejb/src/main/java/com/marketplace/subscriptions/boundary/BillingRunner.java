package com.marketplace.subscriptions.boundary;

import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.subscriptions.entity.BillingRun;
import com.marketplace.subscriptions.entity.RunSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an owner's billing run in the background once its row is committed, and writes down how far
 * it has come every few subscriptions (in transactions of their own), so the owner's page can show
 * it live.
 */
@Stateless
@PermitAll
public class BillingRunner {

  private static final Logger LOG = Logger.getLogger(BillingRunner.class.getName());

  /** How often progress is written down, at most. */
  static final Duration REPORT_EVERY = Duration.ofMillis(500);

  /** An owner started a run (fired inside the transaction that wrote its row). */
  public record Started(long runId, long tenantId) {}

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject BillingCycle cycle;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject BillingRunner self;

  /** The run's row is committed: the run begins, in the background. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void begin(@Observes(during = TransactionPhase.AFTER_SUCCESS) Started started) {
    self.run(started.runId(), started.tenantId());
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long runId, long tenantId) {
    tenant.use(tenantId);
    var pending = new int[2];
    var charged = new long[1];
    var last = new Instant[] {clock.instant()};
    try {
      cycle.run(
          BillingCycle.dueIn(tenantId),
          clock,
          (RunSummary one) -> {
            pending[0] += one.processed();
            pending[1] += one.failed();
            charged[0] += one.charged();
            Instant now = clock.instant();
            if (Duration.between(last[0], now).compareTo(REPORT_EVERY) >= 0) {
              self.report(runId, pending[0], pending[1], charged[0], false);
              pending[0] = 0;
              pending[1] = 0;
              charged[0] = 0;
              last[0] = now;
            }
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Billing run " + runId + " ended early", e);
    } finally {
      self.report(runId, pending[0], pending[1], charged[0], true);
    }
  }

  /** Adds progress to the run's row; {@code finished}: the run is over. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void report(long runId, int processed, int failed, long charged, boolean finished) {
    BillingRun run = em.find(BillingRun.class, runId);
    run.progress(processed, failed, charged, clock.instant());
    if (finished) {
      run.finished(clock.instant());
    }
  }
}
