package com.marketplace.desk.web;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.desk.boundary.TimeTracking;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryView;
import com.marketplace.desk.entity.TimerAlreadyRunning;
import com.marketplace.desk.entity.TimerView;
import com.marketplace.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
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

  /**
   * Start on a project from its row or page, staying on that page. Should a timer have started in
   * another tab meanwhile, the member is told which one runs and may switch.
   */
  public String startOn(long projectId) {
    try {
      TimerView started = time.start(projectId, null, false);
      Pages.info("Timer started on “" + started.projectName() + "”.");
      return samePage();
    } catch (TimerAlreadyRunning e) {
      Pages.error(e.getMessage());
      running = e.running();
      elapsedSeconds = running.secondsAt(clock.instant());
      return null;
    }
  }

  /** The member asked to stop the running timer and start this project's, in one step. */
  public String switchTo(long projectId) {
    TimerView started = time.start(projectId, null, true);
    Pages.info("Timer switched to “" + started.projectName() + "”.");
    return samePage();
  }

  /** Stops the timer from a project's row or page, staying there. */
  public String stopHere() {
    if (time.running().isEmpty()) {
      Pages.info("The timer had stopped already.");
      return samePage();
    }
    TimeEntryView stopped = time.stop();
    Pages.info(
        "Stopped: " + TimeEntry.length(stopped.seconds()) + " on “" + stopped.projectName() + "”.");
    return samePage();
  }

  /**
   * Whether a timer button shows: decided when the page renders. A button pressed on a page shown
   * earlier (another tab may have started or stopped the timer since) is still taken as pressed, so
   * the member gets an answer to it rather than a page that silently ignored the click.
   */
  public boolean shows(boolean now) {
    return now || FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
  }

  /** Whether the running timer is this project's. */
  public boolean runsOn(long projectId) {
    return running != null && running.projectId() == projectId;
  }

  private static String samePage() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
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
