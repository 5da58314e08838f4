package com.marketplace.audit.web;

import com.marketplace.audit.boundary.AuditLog;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.audit.entity.AuditEventView;
import com.marketplace.audit.entity.AuditFilter;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.web.RestApplication;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workspace's audit log over the API, for the owner's session or an API token: filtered by who
 * (part of the actor's email or name), what (an action) and when (from and to, ISO dates, UTC),
 * newest first, a page at a time. Read only: the log has no POST, PUT or DELETE (405).
 */
@Tag(name = "Workspace")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog log;

  /** A page of the log, and how many events match in all. */
  public record AuditPage(long total, int first, int max, List<AuditEventView> events) {}

  @GET
  @Operation(summary = "The workspace's audit log, newest first, filtered by who, what and when")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public AuditPage list(
      @QueryParam("who") @Size(max = AuditFilter.WHO_MAX) String who,
      @QueryParam("action") @Size(max = 40) String action,
      @QueryParam("from") @Pattern(regexp = DATE) String from,
      @QueryParam("to") @Pattern(regexp = DATE) String to,
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(1_000_000) int first,
      @QueryParam("max") @DefaultValue("20") @Min(1) @Max(100) int max) {
    AuditFilter filter = new AuditFilter(who, action(action), day(from, "from"), day(to, "to"));
    return new AuditPage(log.count(filter), first, max, log.find(filter, first, max));
  }

  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

  /** The action named, any when none; an unknown name is a 400 naming the field. */
  static AuditAction action(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return AuditAction.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("The action is not one the audit log records.");
    }
  }

  static LocalDate day(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("The " + field + " date must be a date (YYYY-MM-DD).");
    }
  }
}
