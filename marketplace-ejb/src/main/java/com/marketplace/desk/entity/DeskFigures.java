package com.marketplace.desk.entity;

import com.marketplace.platform.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The freelancer's dashboard (H7), every figure added up by the database: clients in the book (not
 * archived), projects in progress, time tracked this month and on each day of this week (finished
 * entries, by the day they start), what was released to them this month (after the platform fee)
 * and the three projects with the most time this month.
 *
 * @param month the first day of the month the figures are for
 * @param week Monday to Sunday of this week, every day present
 */
public record DeskFigures(
    long clients,
    long activeProjects,
    LocalDate month,
    long secondsThisMonth,
    List<DayHours> week,
    Money earnedThisMonth,
    String currency,
    List<ProjectHours> topProjects) {

  /** How many projects the dashboard names. */
  public static final int TOP = 3;

  /** "32 h 15 min". */
  public String trackedThisMonth() {
    return TimeEntry.length(secondsThisMonth);
  }
}
