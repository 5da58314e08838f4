package com.marketplace.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When the portal's pages warn that the session is about to end for want of activity (P6). */
@Named
@ApplicationScoped
public class PortalSessions {

  @Inject
  @ConfigProperty(name = "marketplace.portal.idle-seconds", defaultValue = "900")
  long idleSeconds;

  /** A minute before the server ends an idle session (at least half of the idle time before). */
  public long getWarnAfterMillis() {
    long warnBefore = Math.min(60, idleSeconds / 2);
    return Math.max(1, idleSeconds - warnBefore) * 1000;
  }
}
