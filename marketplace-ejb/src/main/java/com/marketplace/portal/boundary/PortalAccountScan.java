package com.marketplace.portal.boundary;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the missing portal accounts every {@code marketplace.portal.accounts-scan-seconds} (60)
 * after deployment; the first pass is the backfill of the clients and customers there were before
 * the portal. Any instance may run it: an account taken twice loses on the member's unique key and
 * is found made.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PortalAccountScan {

  private static final Logger LOG = Logger.getLogger(PortalAccountScan.class.getName());

  @Inject
  @ConfigProperty(name = "marketplace.portal.accounts-scan-seconds", defaultValue = "60")
  long scanSeconds;

  @Resource TimerService timers;
  @Inject PortalAccounts accounts;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    long millis = Math.max(1, scanSeconds) * 1000;
    timers.createIntervalTimer(millis, millis, new TimerConfig("portal-accounts", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scan() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      int made = accounts.provisionAll();
      if (made > 0) {
        LOG.info(() -> "Portal accounts made: " + made);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The portal accounts' scan failed", e);
    } finally {
      running.set(false);
    }
  }
}
