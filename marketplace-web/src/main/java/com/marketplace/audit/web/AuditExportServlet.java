package com.marketplace.audit.web;

import com.marketplace.audit.boundary.AuditLog;
import com.marketplace.audit.entity.AuditEventView;
import com.marketplace.audit.entity.AuditFilter;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.web.CsvDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /app/owner/audit.csv?who=…&action=…&from=YYYY-MM-DD&to=YYYY-MM-DD}: the audit log as
 * filtered on the owner's page, as CSV, newest first; moments in ISO-8601 UTC. Streams page by
 * page, up to the newest event when the export started.
 */
@WebServlet("/app/owner/audit.csv")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog log;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuditFilter filter;
    try {
      filter = AuditList.filterOf(request::getParameter);
    } catch (MarketplaceException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    // owners only (web.xml), so the boundary never refuses the caller half-way
    AuditFilter upToNow = filter.upTo(log.lastId());
    CsvDownload.write(
        response,
        "audit-log.csv",
        new String[] {
          "id",
          "occurred_at",
          "actor_kind",
          "actor_member_id",
          "actor_email",
          "actor_name",
          "action",
          "subject_type",
          "subject_id",
          "address",
          "user_agent",
          "detail"
        },
        AuditLog.PAGE_MAX,
        first -> log.find(upToNow, first, AuditLog.PAGE_MAX),
        (AuditEventView e) ->
            new Object[] {
              e.id(),
              e.occurredAt(),
              e.actorKind(),
              e.actorMemberId(),
              cell(e.actorEmail()),
              cell(e.actorName()),
              e.action(),
              cell(e.subjectType()),
              e.subjectId(),
              cell(e.address()),
              cell(e.userAgent()),
              cell(e.detail())
            });
  }

  /**
   * A text cell a spreadsheet will not run: texts here come partly from anyone (the email typed
   * into a failed sign-in, a user agent), so one that starts like a formula gets a leading quote.
   */
  static String cell(String text) {
    if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
