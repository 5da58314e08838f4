package com.marketplace.desk.web;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.desk.boundary.DeskDashboard;
import com.marketplace.desk.entity.DeskFigures;
import com.marketplace.tenancy.web.Workspace;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The desk's part of the freelancer's dashboard (H7): its figures, read once per request in one
 * call, and this week's hours as a bar chart.
 */
@Named("deskDashboard")
@RequestScoped
public class DeskDashboardPage {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  @Inject HttpServletRequest request;
  @Inject DeskDashboard dashboard;
  @Inject Workspace workspace;

  private DeskFigures figures;
  private String weekChart;

  @PostConstruct
  void load() {
    if (request.isUserInRole(FREELANCER)) {
      figures = dashboard.figures();
      weekChart = WeekChart.of(figures.week(), workspace.getColour());
    }
  }

  public DeskFigures getFigures() {
    return figures;
  }

  /** The Chart.js configuration of this week's hours, for {@code p:chart}. */
  public String getWeekChart() {
    return weekChart;
  }

  /** "November 2026". */
  public String getMonth() {
    return figures == null ? "" : MONTH.format(figures.month());
  }
}
