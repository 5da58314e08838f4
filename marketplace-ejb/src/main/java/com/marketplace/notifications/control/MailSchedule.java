package com.marketplace.notifications.control;

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
 * Runs the mailer on an interval; the queue lives in the database, so nothing waits in memory. Each
 * email is claimed and sent in a transaction of its own ({@link DueWork}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSchedule {

  private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

  /**
   * Emails whose next attempt has come; the queue serves every workspace. Account emails (confirm,
   * reset, invite: those with a link's secret waiting) go first, then the others in the order their
   * attempts came: a person waiting at the sign-in page for a link is not kept behind a billing
   * run's thousands of invoice emails. Each round of a pass reads the order again, so an account
   * email queued during a long pass waits for one round at most.
   */
  static final Due DUE =
      Due.acrossTenants("mail", "email_message", "status = 'PENDING' AND next_attempt_at <= :now")
          .orderedBy("link_secret IS NULL, next_attempt_at, id")
          .inBatchesOf(50);

  @Inject
  @ConfigProperty(name = "marketplace.mail.scan-millis", defaultValue = "2000")
  long scanMillis;

  @Resource TimerService timers;
  @Inject DueWork work;
  @Inject Mailer mailer;

  @PostConstruct
  void start() {
    DueWork.every(timers, Duration.ofMillis(Math.max(200, scanMillis)), "mailer");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void send() {
    try {
      work.run(DUE, mailer::send);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The mailer failed", e);
    }
  }
}
