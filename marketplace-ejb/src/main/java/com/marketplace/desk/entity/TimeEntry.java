package com.marketplace.desk.entity;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Time a member tracked on a project (H3): a running timer (no end yet; the database allows one per
 * member) or a finished entry of at most 24 hours. It can be changed or deleted only while it is a
 * draft or was rejected, never once approved or invoiced; the caller keeps each change.
 */
@Entity
@Table(name = "time_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class TimeEntry {

  public static final Duration LONGEST = Duration.ofHours(24);
  public static final int NOTE_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "project_id", nullable = false, updatable = false)
  private long projectId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  private Long seconds;

  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TimeEntryStatus status;

  private String comment;

  @Column(name = "invoice_id")
  private Long invoiceId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected TimeEntry() {}

  private TimeEntry(long memberId, long projectId, Instant start, String note, Instant now) {
    this.memberId = memberId;
    this.projectId = projectId;
    this.startedAt = start;
    this.note = Texts.optional(note, "note", NOTE_MAX);
    this.status = TimeEntryStatus.DRAFT;
    this.createdAt = now;
  }

  /** A timer that starts now. */
  public static TimeEntry start(long memberId, long projectId, String note, Instant now) {
    return new TimeEntry(memberId, projectId, now, note, now);
  }

  /** An entry written by hand, from start to end. */
  public static TimeEntry manual(
      long memberId, long projectId, Instant start, Instant end, String note, Instant now) {
    var entry = new TimeEntry(memberId, projectId, start, note, now);
    entry.span(start, end, now);
    return entry;
  }

  /**
   * Stops the timer now; one left running longer than a day ends after 24 hours (the longest an
   * entry may be), and the member can correct it.
   */
  public void stop(Instant now) {
    if (!isRunning()) {
      throw new ConflictException("This timer is stopped already.");
    }
    Instant end = now.isAfter(startedAt.plus(LONGEST)) ? startedAt.plus(LONGEST) : now;
    endedAt = end.isBefore(startedAt) ? startedAt : end;
    seconds = Duration.between(startedAt, endedAt).toSeconds();
  }

  /** Changes a finished entry's times and note; answers the entry as it was, for its history. */
  public String change(Instant start, Instant end, String newNote, Instant now) {
    requireEditable();
    if (isRunning()) {
      throw new ConflictException("Stop the timer before you change the entry.");
    }
    String before = describe();
    span(start, end, now);
    note = Texts.optional(newNote, "note", NOTE_MAX);
    if (status == TimeEntryStatus.REJECTED) {
      status = TimeEntryStatus.DRAFT;
    }
    return before;
  }

  /** Refuses unless the entry may still be changed or deleted. */
  public void requireEditable() {
    if (invoiceId != null) {
      throw new ConflictException("This entry is invoiced and can no longer be changed.");
    }
    if (!status.editable()) {
      throw new ConflictException(
          "This entry is "
              + status.label().toLowerCase(java.util.Locale.ROOT)
              + " and can no longer be changed.");
    }
  }

  private void span(Instant start, Instant end, Instant now) {
    if (start == null || end == null) {
      throw new InvalidInputException("An entry needs a start and an end (or a duration).");
    }
    if (!end.isAfter(start)) {
      throw new InvalidInputException("The end must be after the start.");
    }
    if (end.isAfter(now)) {
      throw new InvalidInputException("Time in the future cannot be tracked yet.");
    }
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      throw new InvalidInputException("An entry may be at most 24 hours long.");
    }
    startedAt = start;
    endedAt = end;
    seconds = Duration.between(start, end).toSeconds();
  }

  /** Whether this entry and [start, end) share time; a running one lasts until {@code now}. */
  public boolean overlaps(Instant start, Instant end, Instant now) {
    Instant myEnd = endedAt == null ? now : endedAt;
    return startedAt.isBefore(end) && myEnd.isAfter(start);
  }

  /** "2026-11-28T09:00:00Z – 2026-11-28T10:30:00Z (1 h 30 min): note", as the history keeps it. */
  public String describe() {
    return startedAt
        + " – "
        + (endedAt == null ? "running" : endedAt + " (" + length(seconds) + ")")
        + (note == null ? "" : ": " + note);
  }

  /** "1 h 30 min", "45 min", "0 min". */
  public static String length(long seconds) {
    long minutes = seconds / 60;
    return minutes >= 60
        ? minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min")
        : minutes + " min";
  }

  public boolean isRunning() {
    return endedAt == null;
  }

  public boolean ownedBy(long member) {
    return memberId == member;
  }

  /** Seconds tracked, a running timer's up to {@code now}. */
  public long secondsUntil(Instant now) {
    return seconds != null ? seconds : Math.max(0, Duration.between(startedAt, now).toSeconds());
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public long getProjectId() {
    return projectId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Long getSeconds() {
    return seconds;
  }

  public String getNote() {
    return note;
  }

  public TimeEntryStatus getStatus() {
    return status;
  }

  public String getComment() {
    return comment;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }
}
