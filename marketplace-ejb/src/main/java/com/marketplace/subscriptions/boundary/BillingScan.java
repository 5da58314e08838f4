package com.marketplace.subscriptions.boundary;

import com.marketplace.platform.scan.DueWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The billing run's timer: looks for due subscriptions in every workspace. Periods come due by the
 * day; looking every hour (by default) bills a day's periods early in the day, and a retry or a
 * provider's answer within the hour. The schedule is the subscriptions' own columns.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BillingScan {

  private static final Logger LOG = Logger.getLogger(BillingScan.class.getName());

  @Inject
  @ConfigProperty(name = "marketplace.billing.scan-seconds", defaultValue = "3600")
  long scanSeconds;

  @Resource TimerService timers;
  @Inject BillingCycle cycle;
  @Inject Clock clock;

  @PostConstruct
  void start() {
    DueWork.every(timers, Duration.ofSeconds(Math.max(1, scanSeconds)), "billing");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scan() {
    try {
      var summary = cycle.run(BillingCycle.DUE, clock, one -> {});
      if (summary.processed() + summary.failed() > 0) {
        LOG.info(() -> "Billing: " + summary);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The billing run failed", e);
    }
  }
}
