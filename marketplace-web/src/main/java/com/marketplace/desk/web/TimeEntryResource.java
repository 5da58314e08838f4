package com.marketplace.desk.web;

import com.marketplace.desk.boundary.TimeSubmissions;
import com.marketplace.desk.boundary.TimeTracking;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryChangeView;
import com.marketplace.desk.entity.TimeEntryView;
import com.marketplace.desk.entity.TimeSubmission;
import com.marketplace.platform.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's time entries over the API (H3): manual entries (ISO-8601 instants), changes and
 * deletions while an entry is still a draft, each kept in its history, and the entries of a period;
 * submission for the client's approval (H4), chosen entries or a week.
 */
@Path("desk/entries")
@Tag(name = "Desk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeEntryResource {

  /** The period listed when the request names none: the last week. */
  static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

  /** The longest instant text read from a query ("2026-11-28T09:00:00.123456789+01:00"). */
  static final int INSTANT_TEXT_MAX = 40;

  @Inject TimeTracking time;
  @Inject TimeSubmissions submissions;
  @Inject Clock clock;

  public record NewEntry(
      @NotNull @Positive Long projectId,
      @NotNull Instant start,
      @NotNull Instant end,
      @Size(max = TimeEntry.NOTE_MAX) String note) {}

  public record EntryChange(
      @NotNull Instant start, @NotNull Instant end, @Size(max = TimeEntry.NOTE_MAX) String note) {}

  /** What to submit: the chosen entries, or a week (any day of it) on one project or all. */
  public record Submission(
      @Size(max = TimeSubmissions.MOST_SUBMITTED) List<@NotNull @Positive Long> entryIds,
      LocalDate week,
      @Positive Long projectId) {}

  @POST
  public Response record(@Valid @NotNull NewEntry entry) {
    TimeEntryView recorded =
        time.record(entry.projectId(), entry.start(), entry.end(), entry.note());
    return Response.status(Response.Status.CREATED).entity(recorded).build();
  }

  @POST
  @Path("submission")
  public TimeSubmission submit(@Valid @NotNull Submission submission) {
    boolean chosen = submission.entryIds() != null && !submission.entryIds().isEmpty();
    if (chosen == (submission.week() != null)) {
      throw new InvalidInputException(
          "Name either the entries to submit (entryIds) or the week (week), not both.");
    }
    if (chosen && submission.projectId() != null) {
      throw new InvalidInputException("projectId chooses a project for a week's submission only.");
    }
    return chosen
        ? submissions.submit(submission.entryIds())
        : submissions.submitWeek(submission.week(), submission.projectId());
  }

  @PUT
  @Path("{id}")
  public TimeEntryView change(@PathParam("id") long id, @Valid @NotNull EntryChange change) {
    return time.change(id, change.start(), change.end(), change.note());
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    time.delete(id);
    return Response.noContent().build();
  }

  /**
   * The entries starting in [from, to), at most 93 days: a week from {@code from}, or the week up
   * to {@code to}, or the week up to now.
   */
  @GET
  public List<TimeEntryView> entries(
      @QueryParam("projectId") @Positive Long projectId,
      @QueryParam("from") @Size(max = INSTANT_TEXT_MAX) String from,
      @QueryParam("to") @Size(max = INSTANT_TEXT_MAX) String to) {
    Instant start = blank(from) ? null : instant("from", from);
    Instant end = blank(to) ? null : instant("to", to);
    if (end == null) {
      end = start == null ? clock.instant() : start.plus(DEFAULT_PERIOD);
    }
    if (start == null) {
      start = end.minus(DEFAULT_PERIOD);
    }
    return time.entries(projectId, start, end);
  }

  @GET
  @Path("{id}/history")
  public List<TimeEntryChangeView> history(@PathParam("id") long id) {
    return time.history(id);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static Instant instant(String name, String text) {
    try {
      return java.time.OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name + ": expected an ISO-8601 instant such as 2026-11-28T09:00:00Z.");
    }
  }
}
