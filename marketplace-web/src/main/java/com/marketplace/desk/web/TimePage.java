package com.marketplace.desk.web;

import com.marketplace.desk.boundary.TimeSubmissions;
import com.marketplace.desk.boundary.TimeTracking;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryChangeView;
import com.marketplace.desk.entity.TimeEntryView;
import com.marketplace.desk.entity.TimeProject;
import com.marketplace.desk.entity.TimeSubmission;
import com.marketplace.desk.entity.TimeWording;
import com.marketplace.desk.entity.TimerAlreadyRunning;
import com.marketplace.desk.entity.TimerView;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * The freelancer's time page (H3): the timer (start on a project; when one runs already, the
 * message and the offer to stop it and start this one), the week's entries (the week in the URL)
 * with their status and the client's comment, the manual entry form, editing in a dialog, deleting
 * after a confirmation, each entry's history, and submitting chosen entries or the whole week for
 * the client's approval (H4). Times are shown and read in the workspace's time zone, which is UTC
 * until workspaces have one.
 */
@Named
@ViewScoped
public class TimePage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/app/desk/time.xhtml";

  static final TimeWording ZONE = TimeFormats.ZONE;

  @Inject TimeTracking time;
  @Inject TimeSubmissions submissions;
  @Inject Clock clock;

  private String week;
  private LocalDate monday;
  private List<TimeEntryView> entries = List.of();
  private List<TimeProject> projects = List.of();
  private TimerView running;

  private Long startProject;
  private String startNote;
  private boolean replaceOffered;

  private Long manualProject;
  private LocalDate manualDay;
  private LocalTime manualStart;
  private LocalTime manualEnd;
  private String manualDuration;
  private String manualNote;

  private Long editId;
  private LocalDate editDay;
  private LocalTime editStart;
  private LocalTime editEnd;
  private String editDuration;
  private String editNote;

  private Long historyId;
  private List<TimeEntryChangeView> history = List.of();

  private List<TimeEntryView> selected = new ArrayList<>();

  /** Loads the week in the URL (any of its days; this week when none). */
  public void load() {
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    monday = weekOf(week, today);
    if (manualDay == null) {
      manualDay = today;
    }
    refresh();
  }

  /** The Monday of the week a day in the URL falls in; this week's when there is none or no day. */
  static LocalDate weekOf(String day, LocalDate today) {
    LocalDate chosen = today;
    if (day != null && !day.isBlank()) {
      try {
        chosen = LocalDate.parse(day.strip());
      } catch (java.time.format.DateTimeParseException notADay) {
        chosen = today;
      }
    }
    return chosen.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private void refresh() {
    entries = time.entries(null, instant(monday), instant(monday.plusWeeks(1)));
    projects = time.projects();
    running = time.running().orElse(null);
  }

  public void start() {
    try {
      started(time.start(startProject(), startNote, false));
    } catch (TimerAlreadyRunning e) {
      replaceOffered = true;
      Pages.error(e.getMessage());
      refresh();
    }
  }

  /** The member saw the running timer and asked to stop it and start this one. */
  public void startReplacing() {
    started(time.start(startProject(), startNote, true));
  }

  private long startProject() {
    if (startProject == null) {
      throw new com.marketplace.platform.InvalidInputException("Choose the project.");
    }
    return startProject;
  }

  private void started(TimerView timer) {
    Pages.info("Timer started on “" + timer.projectName() + "”.");
    Pages.redirect(weekPath(monday));
  }

  public void record() {
    if (manualProject == null) {
      throw new com.marketplace.platform.InvalidInputException("Choose the project.");
    }
    var span = ManualTime.of(manualDay, manualStart, manualEnd, manualDuration, zone());
    TimeEntryView recorded = time.record(manualProject, span.start(), span.end(), manualNote);
    Pages.info(
        "Recorded "
            + TimeEntry.length(recorded.seconds())
            + " on “"
            + recorded.projectName()
            + "”.");
    Pages.redirect(weekPath(manualDay));
  }

  /** Opens the edit dialog on an entry. */
  public void edit(TimeEntryView entry) {
    editId = entry.id();
    editDay = entry.start().atZone(zone()).toLocalDate();
    editStart = entry.start().atZone(zone()).toLocalTime().withNano(0);
    editEnd = entry.end() == null ? null : entry.end().atZone(zone()).toLocalTime().withNano(0);
    editDuration = null;
    if (entry.end() != null && !entry.end().atZone(zone()).toLocalDate().equals(editDay)) {
      // past midnight: the form says it as a duration
      editEnd = null;
      long minutes = entry.seconds() / 60;
      editDuration = minutes / 60 + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }
    editNote = entry.note();
  }

  public void saveEdit() {
    var span = ManualTime.of(editDay, editStart, editEnd, editDuration, zone());
    time.change(editId, span.start(), span.end(), editNote);
    // the dialog closes and the week shows the change
    refresh();
    PrimeFaces.current().ajax().addCallbackParam("saved", true);
  }

  public void delete(long entryId) {
    time.delete(entryId);
    Pages.info("Entry deleted; its history keeps what it was.");
    Pages.redirect(weekPath(monday));
  }

  /** Submits the entries ticked in the week's table. */
  public void submitSelected() {
    if (selected == null || selected.isEmpty()) {
      throw new InvalidInputException("Tick the entries to submit first.");
    }
    submitted(submissions.submit(selected.stream().map(TimeEntryView::id).toList()));
  }

  /** Submits every finished draft and rejected entry of the week shown. */
  public void submitWeek() {
    submitted(submissions.submitWeek(monday, null));
  }

  private void submitted(TimeSubmission submission) {
    var entries = submission.submitted();
    String left =
        submission.withoutApprover().isEmpty()
            ? ""
            : " Not submitted: the time on "
                + submission.withoutApprover().stream()
                    .map(name -> "“" + name + "”")
                    .collect(Collectors.joining(", "))
                + ", whose client is not linked to a client member.";
    Pages.info(
        (entries.isEmpty()
                ? "Nothing to submit: the entries are submitted or decided already."
                : "Submitted "
                    + TimeEntry.entries(
                        entries.size(), entries.stream().mapToLong(TimeEntryView::seconds).sum())
                    + " for the client's approval.")
            + left);
    Pages.redirect(weekPath(monday));
  }

  public void showHistory(long entryId) {
    historyId = entryId;
    history = time.history(entryId);
  }

  private Instant instant(LocalDate day) {
    return day.atStartOfDay(zone()).toInstant();
  }

  private static ZoneId zone() {
    return ZONE.zone();
  }

  static String weekPath(LocalDate day) {
    return PATH + "?week=" + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  // What the page shows

  /** "Mon 23 Nov". */
  public String day(Instant at) {
    return TimeFormats.day(at);
  }

  /** "09:12". */
  public String clockTime(Instant at) {
    return TimeFormats.clockTime(at);
  }

  /** "1 h 30 min"; a running timer's up to now. */
  public String length(TimeEntryView entry) {
    return entry.running()
        ? "running"
        : TimeEntry.length(entry.seconds() == null ? 0 : entry.seconds());
  }

  /** Whether any entry of the week could be submitted now. */
  public boolean isAnySubmittable() {
    return entries.stream().anyMatch(e -> e.editable() && !e.running());
  }

  /** The week's tracked time, running timers up to now. */
  public String getWeekTotal() {
    Instant now = clock.instant();
    long seconds =
        entries.stream()
            .mapToLong(
                e ->
                    e.seconds() != null
                        ? e.seconds()
                        : Math.max(0, java.time.Duration.between(e.start(), now).toSeconds()))
            .sum();
    return TimeEntry.length(seconds);
  }

  /** "23 Nov 2026 – 29 Nov 2026". */
  public String getWeekTitle() {
    return TimeFormats.weekSpan(monday);
  }

  public String getZoneLabel() {
    return ZONE.label();
  }

  public String getPreviousWeek() {
    return monday.minusWeeks(1).toString();
  }

  public String getNextWeek() {
    return monday.plusWeeks(1).toString();
  }

  public long getRunningSeconds() {
    return running == null ? 0 : running.secondsAt(clock.instant());
  }

  public String getRunningElapsed() {
    return TimerHeader.clockFace(getRunningSeconds());
  }

  public String getWeek() {
    return week;
  }

  public void setWeek(String week) {
    this.week = week;
  }

  public LocalDate getMonday() {
    return monday;
  }

  public List<TimeEntryView> getEntries() {
    return entries;
  }

  public List<TimeProject> getProjects() {
    return projects;
  }

  public TimerView getRunning() {
    return running;
  }

  public boolean isReplaceOffered() {
    return replaceOffered;
  }

  public Long getStartProject() {
    return startProject;
  }

  public void setStartProject(Long startProject) {
    this.startProject = startProject;
  }

  public String getStartNote() {
    return startNote;
  }

  public void setStartNote(String startNote) {
    this.startNote = startNote;
  }

  public Long getManualProject() {
    return manualProject;
  }

  public void setManualProject(Long manualProject) {
    this.manualProject = manualProject;
  }

  public LocalDate getManualDay() {
    return manualDay;
  }

  public void setManualDay(LocalDate manualDay) {
    this.manualDay = manualDay;
  }

  public LocalTime getManualStart() {
    return manualStart;
  }

  public void setManualStart(LocalTime manualStart) {
    this.manualStart = manualStart;
  }

  public LocalTime getManualEnd() {
    return manualEnd;
  }

  public void setManualEnd(LocalTime manualEnd) {
    this.manualEnd = manualEnd;
  }

  public String getManualDuration() {
    return manualDuration;
  }

  public void setManualDuration(String manualDuration) {
    this.manualDuration = manualDuration;
  }

  public String getManualNote() {
    return manualNote;
  }

  public void setManualNote(String manualNote) {
    this.manualNote = manualNote;
  }

  public Long getEditId() {
    return editId;
  }

  public LocalDate getEditDay() {
    return editDay;
  }

  public void setEditDay(LocalDate editDay) {
    this.editDay = editDay;
  }

  public LocalTime getEditStart() {
    return editStart;
  }

  public void setEditStart(LocalTime editStart) {
    this.editStart = editStart;
  }

  public LocalTime getEditEnd() {
    return editEnd;
  }

  public void setEditEnd(LocalTime editEnd) {
    this.editEnd = editEnd;
  }

  public String getEditDuration() {
    return editDuration;
  }

  public void setEditDuration(String editDuration) {
    this.editDuration = editDuration;
  }

  public String getEditNote() {
    return editNote;
  }

  public void setEditNote(String editNote) {
    this.editNote = editNote;
  }

  public List<TimeEntryView> getSelected() {
    return selected;
  }

  public void setSelected(List<TimeEntryView> selected) {
    this.selected = selected;
  }

  public Long getHistoryId() {
    return historyId;
  }

  public List<TimeEntryChangeView> getHistory() {
    return history;
  }
}
