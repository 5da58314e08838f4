package com.marketplace.hourly.control;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.desk.control.TimeLimits;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeAllowance;
import com.marketplace.hourly.entity.ContractWeek;
import com.marketplace.hourly.entity.Week;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The time an hourly contract pays for, as the desk asks before it records time on the contract's
 * project: in a funded week up to the weekly cap; nothing while the contract is paused, in a week
 * whose escrow is not held (before the hire, not yet opened, unfunded), in a closed one, or once
 * the contract ended. The week's row is locked, so the time and the week's money cannot change
 * apart. One for the application (the desk looks it up at every recording; its persistence context
 * is the caller's transaction's).
 */
@ApplicationScoped
public class WeekTime implements TimeLimits {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Weeks weeks;
  @Inject Clock clock;

  @Override
  public Optional<TimeAllowance> at(Project project, Instant start) {
    if (project.getContractId() == null) {
      return Optional.empty();
    }
    Contract c = em.find(Contract.class, project.getContractId());
    if (c == null || !c.isPaidWeekly()) {
      return Optional.empty();
    }
    Week week = Week.of(start);
    String title = "“" + project.getName() + "”";
    var cap =
        TimeAllowance.upTo(
            week.startsAt(),
            week.endsAt(),
            c.getWeeklyCapHours() * 3600L,
            "the weekly cap of " + c.getWeeklyCapHours() + " h for " + week.label());
    var none = TimeAllowance.upTo(week.startsAt(), week.endsAt(), 0, cap.limit());
    if (c.getEndedAt() != null) {
      // a timer still running stops within the cap; nothing new is recorded
      return Optional.of(
          cap.refused(title + " has ended: no more time can be tracked on its contract."));
    }
    Optional<ContractWeek> funded = weeks.find(c.getId(), week, true);
    if (funded.isEmpty()) {
      return Optional.of(
          none.refused(
              week.isBefore(Week.of(c.getCreatedAt()))
                  ? title
                      + " was hired in a later week: time before its first week is not paid"
                      + " through it."
                  : week.isOverAt(clock.instant())
                      ? "The escrow of "
                          + week.label()
                          + " on "
                          + title
                          + " was not held, so no time can be added to that week."
                      : "The escrow of "
                          + week.label()
                          + " on "
                          + title
                          + " is not held yet; try again in a minute."));
    }
    return Optional.of(
        switch (funded.get().getStatus()) {
          case UNFUNDED -> none.refused(paused(title));
          case CLOSED ->
              none.refused(
                  capitalised(week.label())
                      + " on "
                      + title
                      + " is closed: its escrow is settled, so no time can be added to it.");
          case FUNDED -> c.isPaused() ? cap.refused(paused(title)) : cap;
        });
  }

  private static String paused(String title) {
    return title
        + " is paused: the client's wallet does not cover this week's escrow, so no time can be"
        + " tracked on it until the client tops up.";
  }

  private static String capitalised(String text) {
    return WeekFunding.capitalised(text);
  }
}
