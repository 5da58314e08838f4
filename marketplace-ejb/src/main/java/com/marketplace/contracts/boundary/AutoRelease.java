package com.marketplace.contracts.boundary;

import com.marketplace.platform.tenant.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The auto-release timer (M7). Due times are milestone columns, not timer state, so the timer can
 * be a plain interval started with the application: after a restart the next scan finds every
 * review period that ran out meanwhile. Each release locks its contract and is keyed by the
 * milestone in the ledger, so a release never happens twice, even with several instances scanning.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AutoRelease {

  private static final Logger LOG = Logger.getLogger(AutoRelease.class.getName());

  @Inject
  @ConfigProperty(name = "marketplace.auto-release.scan-seconds", defaultValue = "60")
  long scanSeconds;

  @Resource TimerService timers;
  @Inject DueReleases releases;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  private final AtomicBoolean scanning = new AtomicBoolean();

  @PostConstruct
  void start() {
    long interval = Math.max(1, scanSeconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("auto-release", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scan() {
    if (!scanning.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant now = clock.instant();
      for (long tenantId : releases.tenants()) {
        tenantContext.use(tenantId);
        for (long contractId : releases.dueContracts(now)) {
          try {
            releases.release(contractId);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Auto-release of contract " + contractId + " failed", e);
          }
        }
      }
    } finally {
      scanning.set(false);
    }
  }
}
