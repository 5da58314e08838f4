package com.marketplace.notifications.control;

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

/** Runs the mailer on an interval; the queue lives in the database, so nothing waits in memory. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSchedule {

  private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());
  static final int BATCH = 50;

  @Inject
  @ConfigProperty(name = "marketplace.mail.scan-millis", defaultValue = "2000")
  long scanMillis;

  @Resource TimerService timers;
  @Inject Mailer mailer;

  private final AtomicBoolean sending = new AtomicBoolean();

  @PostConstruct
  void start() {
    long interval = Math.max(200, scanMillis);
    timers.createIntervalTimer(interval, interval, new TimerConfig("mailer", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void send() {
    if (!sending.compareAndSet(false, true)) {
      return;
    }
    try {
      while (mailer.sendDue(BATCH) == BATCH) {
        // a full batch went: there may be more
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The mailer failed", e);
    } finally {
      sending.set(false);
    }
  }
}
