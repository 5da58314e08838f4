package com.marketplace.invoicing.entity;

/** How issuers are named in keys: a freelancer by their member id, or the workspace itself. */
public final class Issuers {

  public static final String WORKSPACE = "workspace";

  private Issuers() {}

  public static String member(long memberId) {
    return "member:" + memberId;
  }
}
