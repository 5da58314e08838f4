package com.marketplace.desk.web;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.desk.boundary.TimeTracking;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryView;
import com.marketplace.desk.entity.TimerView;
import com.marketplace.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;

/**
 * The freelancer's running timer in the header of every page: read from the database on each
 * request, so it survives reloads, other tabs and restarts; the elapsed time then counts on in the
 * browser ({@code js/timer.js}).
 */
@Named
@RequestScoped
public class TimerHeader {

  @Inject HttpServletRequest request;
  @Inject TimeTracking time;
  @Inject Clock clock;

  private TimerView running;
  private long elapsedSeconds;

  @PostConstruct
  void load() {
    if (request.isUserInRole(FREELANCER)) {
      running = time.running().orElse(null);
      elapsedSeconds = running == null ? 0 : running.secondsAt(clock.instant());
    }
  }

  /** Stops the timer and shows the week with the entry it became. */
  public void stop() {
    TimeEntryView stopped = time.stop();
    Pages.info(
        "Stopped: " + TimeEntry.length(stopped.seconds()) + " on “" + stopped.projectName() + "”.");
    Pages.redirect(TimePage.PATH);
  }

  public TimerView getRunning() {
    return running;
  }

  public long getElapsedSeconds() {
    return elapsedSeconds;
  }

  /** "1:02:03", as the script counts on from it. */
  public String getElapsed() {
    return clockFace(elapsedSeconds);
  }

  static String clockFace(long seconds) {
    return String.format(
        java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
