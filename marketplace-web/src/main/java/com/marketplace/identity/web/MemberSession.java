package com.marketplace.identity.web;

import com.marketplace.identity.entity.SessionStamp;
import com.marketplace.platform.tenant.MemberRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who signed in on this HTTP session, kept by us (not by the container's session-applied identity,
 * whose restored groups go missing under load): the member and the session epoch they signed in
 * with. Serializable, so sessions replicate between instances.
 */
record MemberSession(
    long tenantId, long memberId, long epoch, Instant signedInAt, Instant lastSeenAt)
    implements Serializable {

  static final String ATTRIBUTE = MemberSession.class.getName();

  static MemberSession of(SessionStamp stamp, Instant now) {
    return new MemberSession(
        stamp.member().tenantId(), stamp.member().memberId(), stamp.epoch(), now, now);
  }

  /**
   * Whether the session is over by time: idle longer than {@code idle} or signed in longer than
   * {@code longest} ago. Kept by us, so it holds on every instance the session reaches.
   */
  boolean expired(Instant now, Duration idle, Duration longest) {
    return signedInAt == null
        || lastSeenAt == null
        || now.isAfter(lastSeenAt.plus(idle))
        || now.isAfter(signedInAt.plus(longest));
  }

  /** The session seen now, written back so it replicates. */
  void seen(HttpServletRequest request, Instant now) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(
          ATTRIBUTE, new MemberSession(tenantId, memberId, epoch, signedInAt, now));
    }
  }

  MemberRef member() {
    return new MemberRef(tenantId, memberId);
  }

  boolean stillValid(SessionStamp current) {
    return current.epoch() == epoch;
  }

  static Optional<MemberSession> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable(session.getAttribute(ATTRIBUTE))
            .filter(MemberSession.class::isInstance)
            .map(MemberSession.class::cast);
  }

  /** Keeps the member on a new session id (no session fixation). */
  void keepOn(HttpServletRequest request) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(ATTRIBUTE, this);
  }

  static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }
}
