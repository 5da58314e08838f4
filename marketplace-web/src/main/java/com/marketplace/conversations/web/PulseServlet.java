package com.marketplace.conversations.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /pulse/{key}}: the member's {@link Pulses pulse count} as plain text, 404 for a key
 * this instance does not know (the page then falls back to refreshing now and then). It reads no
 * session and runs no application transaction.
 */
@WebServlet("/pulse/*")
public class PulseServlet extends HttpServlet {

  private static final Pattern KEY = Pattern.compile("/[A-Za-z0-9_-]{24}");

  @Inject Pulses pulses;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    Optional<Long> beats =
        path != null && KEY.matcher(path).matches()
            ? pulses.beats(path.substring(1))
            : Optional.empty();
    response.setHeader("Cache-Control", "no-store");
    if (beats.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(Long.toString(beats.get()));
  }
}
