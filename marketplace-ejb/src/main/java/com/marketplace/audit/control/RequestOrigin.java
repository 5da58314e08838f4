package com.marketplace.audit.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, for the audit log: the client's address and user agent, and
 * whether it came through the API. Filled by the web layer at the start of every request; left
 * empty where there is no request (scheduled work, message consumers).
 */
@RequestScoped
public class RequestOrigin {

  private boolean present;
  private String address;
  private String userAgent;
  private boolean api;

  public void use(String address, String userAgent, boolean api) {
    this.present = true;
    this.address = address;
    this.userAgent = userAgent;
    this.api = api;
  }

  /** Whether a client's request is being served (otherwise the application acts on its own). */
  public boolean isPresent() {
    return present;
  }

  public String address() {
    return address;
  }

  public String userAgent() {
    return userAgent;
  }

  public boolean isApi() {
    return api;
  }
}
