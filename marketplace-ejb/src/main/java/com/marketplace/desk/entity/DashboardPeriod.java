package com.marketplace.desk.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/**
 * The spans the freelancer's dashboard adds time up over, in the time zone the desk speaks: the
 * month of today and the week (Monday to Sunday) of today. Time counts on the day, week and month
 * in which its entry starts, as the time page lists it.
 */
public record DashboardPeriod(LocalDate today, ZoneId zone) {

  public static final int DAYS_IN_WEEK = 7;

  public static DashboardPeriod of(Instant now, ZoneId zone) {
    return new DashboardPeriod(now.atZone(zone).toLocalDate(), zone);
  }

  public LocalDate firstOfMonth() {
    return today.withDayOfMonth(1);
  }

  public LocalDate monday() {
    return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Monday to Sunday of this week. */
  public List<LocalDate> days() {
    return Stream.iterate(monday(), d -> d.plusDays(1)).limit(DAYS_IN_WEEK).toList();
  }

  public Instant monthStart() {
    return start(firstOfMonth());
  }

  public Instant monthEnd() {
    return start(firstOfMonth().plusMonths(1));
  }

  public Instant weekStart() {
    return start(monday());
  }

  public Instant weekEnd() {
    return start(monday().plusWeeks(1));
  }

  /** Where the day starts in the desk's time zone. */
  public Instant start(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** The earliest instant either span starts: a week may begin in the month before. */
  public Instant from() {
    return monthStart().isBefore(weekStart()) ? monthStart() : weekStart();
  }

  /** The latest instant either span ends: a week may end in the month after. */
  public Instant to() {
    return monthEnd().isAfter(weekEnd()) ? monthEnd() : weekEnd();
  }
}
