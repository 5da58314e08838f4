package com.marketplace.desk.entity;

/** A filter over a freelancer's projects: one client's, in one status; either may be left open. */
public record ProjectSearch(Long clientId, ProjectStatus status) {

  public static ProjectSearch all() {
    return new ProjectSearch(null, null);
  }
}
