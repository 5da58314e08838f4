package com.marketplace.invoicing.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When an open invoice's recipient is reminded and when it is overdue: a reminder on each of the
 * issuer's days from the due date (negative: before it), the overdue notice on the day after the
 * due date; each once. A scan that comes late (the application was down) sends only the latest
 * reminder that came due and passes the earlier ones, so nobody gets three reminders at once. Days
 * are UTC days; a notice is due from the start of its day.
 */
public final class NoticePlan {

  public static final String OVERDUE = "overdue";

  private NoticePlan() {}

  /**
   * A notice's kind as kept once sent: {@code reminder:-3}, {@code reminder:7}, {@code overdue}.
   */
  public static String reminder(int days) {
    return "reminder:" + days;
  }

  /**
   * What to do on {@code today}: the kinds to mark sent (reminders passed over included), the one
   * reminder to send (if any), whether the overdue notice goes out, and when the next is due.
   */
  public record Step(List<String> mark, Optional<Integer> remind, boolean overdue, Instant next) {}

  public static Step on(
      LocalDate today, LocalDate dueOn, List<Integer> reminderDays, Set<String> sent) {
    List<String> mark = new ArrayList<>();
    Integer remind = null;
    LocalDate next = null;
    for (int days : reminderDays) {
      String kind = reminder(days);
      if (sent.contains(kind)) {
        continue;
      }
      LocalDate on = dueOn.plusDays(days);
      if (!on.isAfter(today)) {
        mark.add(kind);
        remind = days; // the days are in order: the last one due wins
      } else if (next == null || on.isBefore(next)) {
        next = on;
      }
    }
    boolean overdue = false;
    if (!sent.contains(OVERDUE)) {
      LocalDate overdueOn = dueOn.plusDays(1);
      if (!overdueOn.isAfter(today)) {
        mark.add(OVERDUE);
        overdue = true;
      } else if (next == null || overdueOn.isBefore(next)) {
        next = overdueOn;
      }
    }
    return new Step(
        mark,
        Optional.ofNullable(remind),
        overdue,
        next == null ? null : next.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** When the first notice of a newly issued invoice is due. */
  public static Instant first(LocalDate issuedOn, LocalDate dueOn, List<Integer> reminderDays) {
    return on(issuedOn.minusDays(1), dueOn, reminderDays, Set.of()).next();
  }
}
