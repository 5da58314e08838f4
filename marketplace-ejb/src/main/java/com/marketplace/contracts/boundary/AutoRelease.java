package com.marketplace.contracts.boundary;

import com.marketplace.platform.scan.Due;
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
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The auto-release timer (M7). Due times are milestone columns, not timer state, so the timer can
 * be a plain interval started with the application: after a restart the next scan finds every
 * review period that ran out meanwhile. Only workspaces with such a milestone are visited; each
 * contract is claimed and released in a transaction of its own ({@link DueWork}) and keyed by the
 * milestone in the ledger, so a release never happens twice, even with several instances scanning.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AutoRelease {

  private static final Logger LOG = Logger.getLogger(AutoRelease.class.getName());

  /**
   * Contracts with a submitted milestone whose review period ran out. The contract is what is
   * claimed: its row is the one every change of the contract locks first.
   */
  static final Due DUE =
      Due.perTenant(
          "auto-release",
          "contract",
          "id IN (SELECT m.contract_id FROM milestone m"
              + " WHERE m.status = 'SUBMITTED' AND m.review_due_at <= :now)");

  @Inject
  @ConfigProperty(name = "marketplace.auto-release.scan-seconds", defaultValue = "60")
  long scanSeconds;

  @Resource TimerService timers;
  @Inject DueWork work;
  @Inject DueReleases releases;

  @PostConstruct
  void start() {
    DueWork.every(timers, Duration.ofSeconds(Math.max(1, scanSeconds)), "auto-release");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scan() {
    try {
      work.run(DUE, releases::release);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The auto-release scan failed", e);
    }
  }
}
