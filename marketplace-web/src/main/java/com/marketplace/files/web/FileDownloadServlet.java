package com.marketplace.files.web;

import com.marketplace.files.boundary.Files;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.web.ProblemMappers;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves a stored file as an attachment to someone allowed to see it (the boundary decides), with
 * the type detected at upload and no sniffing, so an uploaded file never runs in our origin.
 */
@WebServlet({"/app/files/*", "/api/v1/files/*"})
public class FileDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Files files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      refuse(request, response, 404, "Not Found", "There is no such file.");
      return;
    }
    Files.Download download;
    try {
      download = files.open(id);
    } catch (MarketplaceException e) {
      refuse(request, response, e.status(), e.title(), e.getMessage());
      return;
    } catch (EJBAccessException e) {
      refuse(request, response, 403, "Forbidden", "Please sign in first.");
      return;
    }
    response.setContentType(download.mediaType());
    response.setContentLengthLong(download.size());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "sandbox");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(download.name(), StandardCharsets.UTF_8).replace("+", "%20"));
    java.nio.file.Files.copy(download.content(), response.getOutputStream());
  }

  /** Pages get the friendly error page; API callers an RFC 9457 problem document. */
  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail)
      throws IOException {
    if (!request.getServletPath().startsWith("/api/")) {
      response.sendError(status);
      return;
    }
    ProblemMappers.write(response, status, title, detail, request.getRequestURI());
  }
}
