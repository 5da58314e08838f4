package com.marketplace.it;

import com.marketplace.desk.entity.TimeDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every {@link TimeDecided} whose transaction committed, as an observer of the decisions
 * would see them (one announced in a transaction that then rolled back or ran again is not kept).
 */
@ApplicationScoped
public class DecidedTime {

  private final List<TimeDecided> committed = new CopyOnWriteArrayList<>();

  void decided(@Observes(during = TransactionPhase.AFTER_SUCCESS) TimeDecided decided) {
    committed.add(decided);
  }

  /** The project's committed announcements, oldest first. */
  public List<TimeDecided> of(long projectId) {
    return committed.stream().filter(d -> d.projectId() == projectId).toList();
  }
}
