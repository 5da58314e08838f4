package com.marketplace.hourly.boundary;

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
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The weekly escrow's timer: finds hourly contracts whose weeks need something ({@link DueWeeks})
 * and visits each in a transaction of its own, claimed so that several instances never visit one
 * contract at once ({@link DueWork}). What is due is read from the weeks' rows, so a restart loses
 * nothing: a week that started while the application was down is funded at the next scan.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WeekScan {

  private static final Logger LOG = Logger.getLogger(WeekScan.class.getName());

  /**
   * Hourly contracts in progress with no week covering now (a new week to fund), an unfunded week
   * to try again or to close, or a funded week that is over with none of its entries waiting for a
   * decision; and ended contracts with a week left open whose time is all decided. The contract is
   * what is claimed: its row is the one every change of it locks first. Public for the test that
   * runs a pass of it.
   */
  /** None of the week {@code w}'s entries on the contract's project waits for a decision. */
  private static final String DECIDED =
      "NOT EXISTS (SELECT 1 FROM time_entry e"
          + " JOIN desk_project p ON p.id = e.project_id AND p.tenant_id = e.tenant_id"
          + " WHERE p.contract_id = w.contract_id AND p.tenant_id = w.tenant_id"
          + " AND e.started_at >= w.starts_at AND e.started_at < w.ends_at"
          + " AND (e.status IN ('DRAFT', 'SUBMITTED') OR e.ended_at IS NULL))";

  public static final Due DUE =
      Due.perTenant(
          "hourly-weeks",
          "contract",
          "weekly_cap_hours IS NOT NULL AND ((status = 'IN_PROGRESS' AND ("
              + " NOT EXISTS (SELECT 1 FROM contract_week w WHERE w.contract_id = contract.id"
              + "   AND w.starts_at <= :now AND w.ends_at > :now)"
              + " OR EXISTS (SELECT 1 FROM contract_week w WHERE w.contract_id = contract.id"
              + "   AND w.status = 'UNFUNDED' AND (w.retry_at <= :now OR w.ends_at <= :now))"
              + " OR EXISTS (SELECT 1 FROM contract_week w WHERE w.contract_id = contract.id"
              + "   AND w.status = 'FUNDED' AND w.ends_at <= :now AND "
              + DECIDED
              + ")))"
              + " OR (ended_at IS NOT NULL AND EXISTS (SELECT 1 FROM contract_week w"
              + "   WHERE w.contract_id = contract.id AND w.status <> 'CLOSED' AND "
              + DECIDED
              + ")))");

  @Inject
  @ConfigProperty(name = "marketplace.hourly.scan-seconds", defaultValue = "60")
  long scanSeconds;

  @Resource TimerService timers;
  @Inject DueWork work;
  @Inject DueWeeks weeks;
  @Inject Clock clock;

  @PostConstruct
  void start() {
    DueWork.every(timers, Duration.ofSeconds(Math.max(1, scanSeconds)), "hourly-weeks");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scan() {
    try {
      work.run(DUE, contract -> weeks.visit(contract, clock.instant()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The hourly weeks scan failed", e);
    }
  }
}
