package com.marketplace.invoicing.boundary;

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
 * The invoice reminders' timer: finds open invoices whose next reminder or overdue notice is due
 * ({@link DueInvoices}) and visits each in a transaction of its own, claimed so that several
 * instances never visit one invoice at once. The schedule is the invoices' own column, so a restart
 * loses nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InvoiceScan {

  private static final Logger LOG = Logger.getLogger(InvoiceScan.class.getName());

  public static final Due DUE =
      Due.perTenant(
          "invoice-notices",
          "invoice",
          "status IN ('ISSUED', 'PARTIALLY_PAID') AND next_notice_at <= :now");

  @Inject
  @ConfigProperty(name = "marketplace.invoices.scan-seconds", defaultValue = "300")
  long scanSeconds;

  @Resource TimerService timers;
  @Inject DueWork work;
  @Inject DueInvoices invoices;
  @Inject Clock clock;

  @PostConstruct
  void start() {
    DueWork.every(timers, Duration.ofSeconds(Math.max(1, scanSeconds)), "invoice-notices");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scan() {
    try {
      work.run(DUE, invoice -> invoices.visit(invoice, clock.instant()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The invoice reminders' scan failed", e);
    }
  }
}
