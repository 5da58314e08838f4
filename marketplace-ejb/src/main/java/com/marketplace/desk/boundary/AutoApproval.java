package com.marketplace.desk.boundary;

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
 * The automatic approval of time (H4): in workspaces whose owner turned it on, time submitted at
 * least the workspace's days ago and still undecided is approved. What is due lives in the rows
 * ({@code submitted_at}), so a plain interval timer started with the application finds everything
 * after a restart. The project is what is claimed ({@link DueWork}: a transaction of its own,
 * {@code SKIP LOCKED}, the condition checked again), the same row a client's decision locks first,
 * so neither two scans nor a scan and the client decide an entry twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AutoApproval {

  private static final Logger LOG = Logger.getLogger(AutoApproval.class.getName());

  /**
   * Projects of a client linked to a member with an entry submitted at least the workspace's days
   * ago and still waiting, in workspaces that approve time automatically.
   */
  public static final Due DUE =
      Due.perTenant(
          "auto-approval",
          "desk_project",
          "client_id IN (SELECT c.id FROM desk_client c WHERE c.member_id IS NOT NULL)"
              + " AND id IN (SELECT e.project_id FROM time_entry e"
              + " JOIN tenant t ON t.id = e.tenant_id"
              + " WHERE e.status = 'SUBMITTED' AND t.time_approval_days IS NOT NULL"
              + " AND e.submitted_at <= :now - INTERVAL t.time_approval_days DAY)");

  @Inject
  @ConfigProperty(name = "marketplace.auto-approval.scan-seconds", defaultValue = "300")
  long scanSeconds;

  @Resource TimerService timers;
  @Inject DueWork work;
  @Inject DueApprovals approvals;

  @PostConstruct
  void start() {
    DueWork.every(timers, Duration.ofSeconds(Math.max(1, scanSeconds)), "auto-approval");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scan() {
    try {
      work.run(DUE, approvals::approve);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The automatic approval of time failed", e);
    }
  }
}
