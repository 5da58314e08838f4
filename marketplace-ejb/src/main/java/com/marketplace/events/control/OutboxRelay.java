package com.marketplace.events.control;

import com.marketplace.platform.scan.Due;
import com.marketplace.platform.scan.DueWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves events from the outbox to the broker: right after each commit that wrote some, and on an
 * interval timer for those that could not go then (the broker was down, the instance stopped) and
 * for those deferred until foreground work ended (a billing run's, see {@link Outbox}). One drain
 * runs at a time per instance; a request that arrives during a drain makes it go round once more.
 * Events are claimed and sent {@value #GROUP} to a transaction ({@link DueWork}), so several
 * instances share the work and a busy moment does not pay a commit for every event; while the
 * broker is away the drain stops at the first event it refuses.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  /** How many events one transaction sends. */
  static final int GROUP = 20;

  /** Events not yet on the broker, oldest first; the outbox serves every workspace. */
  static final Due UNPUBLISHED =
      Due.acrossTenants("outbox", "outbox_event", "published_at IS NULL AND deferred = FALSE")
          .inGroupsOf(GROUP);

  /**
   * Events foreground work raised (a billing run's), not yet on the broker: they wait while
   * foreground work is under way in the instance, then go as the others.
   */
  static final Due DEFERRED =
      Due.acrossTenants(
              "outbox-deferred", "outbox_event", "published_at IS NULL AND deferred = TRUE")
          .inGroupsOf(GROUP)
          .inBackground();

  @Inject
  @ConfigProperty(name = "marketplace.outbox.scan-millis", defaultValue = "1000")
  long scanMillis;

  @Resource TimerService timers;
  @Inject DueWork work;
  @Inject OutboxPublisher publisher;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile boolean brokerDown;

  @PostConstruct
  void start() {
    DueWork.every(timers, Duration.ofMillis(Math.max(100, scanMillis)), "outbox-relay");
  }

  /** Asks for a drain without waiting for it. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void publishSoon() {
    drain();
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scan() {
    drain();
  }

  private void drain() {
    again.set(true);
    // a request that finds a drain running leaves "again" set, and the runner goes round once more
    while (again.get() && draining.compareAndSet(false, true)) {
      try {
        again.set(false);
        var publish = DueWork.Item.preparedBy(publisher::prepare, publisher::publish);
        work.run(UNPUBLISHED, publish);
        work.run(DEFERRED, publish);
        if (brokerDown) {
          LOG.info("The broker takes events again");
          brokerDown = false;
        }
      } catch (BrokerUnavailableException e) {
        if (!brokerDown) {
          LOG.warning("Events wait in the outbox: " + e.getMessage());
          brokerDown = true;
        }
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Events wait in the outbox: publishing failed", e);
        return;
      } finally {
        draining.set(false);
      }
    }
  }
}
