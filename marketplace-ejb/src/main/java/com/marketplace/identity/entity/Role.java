package com.marketplace.identity.entity;

import com.marketplace.platform.tenant.SecurityGroups;

/** A member's role in their tenant; also the security group the container checks. */
public enum Role {
  OWNER,
  CLIENT,
  FREELANCER,
  PORTAL;

  /**
   * Role names for {@code @RolesAllowed}, kept next to the enum they must match (the same as {@link
   * SecurityGroups}, for features below identity).
   */
  public static final class Names {
    public static final String OWNER = SecurityGroups.OWNER;
    public static final String CLIENT = SecurityGroups.CLIENT;
    public static final String FREELANCER = SecurityGroups.FREELANCER;
    public static final String PORTAL = SecurityGroups.PORTAL;

    /**
     * Not a member's role: the group of a program calling the API with one of the workspace's API
     * tokens. It may only read, and only what a boundary grants it by naming it in {@code
     * RolesAllowed} (and the resource by accepting the token).
     */
    public static final String API = SecurityGroups.API;

    private Names() {}
  }

  /** Roles a visitor may choose when registering into a workspace. */
  public boolean selfRegistrable() {
    return this == CLIENT || this == FREELANCER;
  }
}
