package com.marketplace.subscriptions.web;

import com.marketplace.platform.web.Formats;
import com.marketplace.subscriptions.boundary.BillingRuns;
import com.marketplace.subscriptions.boundary.SubscriptionMetrics;
import com.marketplace.subscriptions.entity.BillingRunView;
import com.marketplace.subscriptions.entity.BusinessMetrics;
import com.marketplace.tenancy.web.Workspace;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import org.primefaces.PrimeFaces;

/**
 * The subscription part of the owner's dashboard (S4, S5): the figures as of now, MRR and revenue
 * of the last twelve months as a chart, and "Run billing cycle", whose progress the page asks for
 * every second while the run lasts (the run goes on in the background; the page only reads its
 * row). Once it is over the figures are read again.
 */
@Named
@ViewScoped
public class SubscriptionDashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubscriptionMetrics metrics;
  @Inject BillingRuns runs;
  @Inject Workspace workspace;
  @Inject Formats formats;

  private BusinessMetrics figures;
  private String chart;
  private BillingRunView run;

  @PostConstruct
  void load() {
    figures = metrics.now();
    chart = RevenueChart.of(metrics.months(), workspace.getColour());
    run = runs.latestRun().orElse(null);
  }

  /** Starts a run (or finds the one running); the page then polls {@link #refresh}. */
  public void runBillingCycle() {
    run = runs.start();
    if (!run.running()) {
      finished();
    }
  }

  /** The poll: the run's progress, and the figures again once it is over. */
  public void refresh() {
    boolean wasRunning = run != null && run.running();
    run = runs.latestRun().orElse(null);
    if (wasRunning && !isRunning()) {
      finished();
    }
  }

  private void finished() {
    figures = metrics.now();
    chart = RevenueChart.of(metrics.months(), workspace.getColour());
    PrimeFaces.current().ajax().update("subscription-figures", "revenue-chart-panel");
  }

  public boolean isRunning() {
    return run != null && run.running();
  }

  /** The figures' month in words ("November 2026"). */
  public String getMonth() {
    return formats.month(YearMonth.parse(figures.month()));
  }

  public BusinessMetrics getFigures() {
    return figures;
  }

  /** The Chart.js configuration of MRR and revenue by month, for {@code p:chart}. */
  public String getChart() {
    return chart;
  }

  /** The latest run, running or finished; null before the first. */
  public BillingRunView getRun() {
    return run;
  }
}
