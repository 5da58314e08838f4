package com.marketplace.hourly.control;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.hourly.entity.HourlyView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** An hourly contract's terms and weeks, newest first, as its page and the API show them. */
@Dependent
public class WeekViews {

  @Inject Weeks weeks;

  public HourlyView of(Contract c) {
    return new HourlyView(
        c.getId(),
        c.getCurrency(),
        c.getHourlyRate(),
        c.getWeeklyCapHours(),
        c.weeklyHold(),
        c.isPaused(),
        c.getEndedAt(),
        weeks.of(c.getId()).stream().map(w -> HourlyView.WeekLine.of(w, c.currency())).toList());
  }
}
