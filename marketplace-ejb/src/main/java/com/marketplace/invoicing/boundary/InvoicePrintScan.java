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
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The print queue's timer: prints issued invoices and receipts that have no print yet. Printing is
 * background work: it waits while a billing run (or other foreground work) is under way here.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InvoicePrintScan {

  private static final Logger LOG = Logger.getLogger(InvoicePrintScan.class.getName());

  public static final Due INVOICES =
      Due.perTenant("invoice-prints", "invoice", "pdf_sha IS NULL AND number IS NOT NULL")
          .inBackground();

  public static final Due RECEIPTS =
      Due.perTenant(
              "receipt-prints",
              "invoice_payment",
              "receipt_sha IS NULL AND receipt_number IS NOT NULL")
          .inBackground();

  @Inject
  @ConfigProperty(name = "marketplace.invoices.print-seconds", defaultValue = "5")
  long printSeconds;

  @Resource TimerService timers;
  @Inject DueWork work;
  @Inject InvoicePrintQueue queue;

  @PostConstruct
  void start() {
    DueWork.every(timers, Duration.ofSeconds(Math.max(1, printSeconds)), "invoice-prints");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scan() {
    try {
      work.run(INVOICES, queue::printInvoice);
      work.run(RECEIPTS, queue::printReceipt);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The print queue's scan failed", e);
    }
  }
}
