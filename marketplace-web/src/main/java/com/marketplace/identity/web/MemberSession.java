package com.marketplace.identity.web;

import com.marketplace.identity.entity.SessionStamp;
import com.marketplace.platform.tenant.MemberRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * Who signed in on this HTTP session, kept by us (not by the container's session-applied identity,
 * whose restored groups go missing under load): the member and the session epoch they signed in
 * with. Serializable, so sessions replicate between instances.
 */
record MemberSession(long tenantId, long memberId, long epoch) implements Serializable {

  static final String ATTRIBUTE = MemberSession.class.getName();

  static MemberSession of(SessionStamp stamp) {
    return new MemberSession(stamp.member().tenantId(), stamp.member().memberId(), stamp.epoch());
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
