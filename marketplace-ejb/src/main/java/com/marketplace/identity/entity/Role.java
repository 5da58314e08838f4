package com.marketplace.identity.entity;

/** A member's role in their tenant; also the security group the container checks. */
public enum Role {
  OWNER,
  CLIENT,
  FREELANCER,
  PORTAL;

  /** Role names for {@code @RolesAllowed}, kept next to the enum they must match. */
  public static final class Names {
    public static final String OWNER = "OWNER";
    public static final String CLIENT = "CLIENT";
    public static final String FREELANCER = "FREELANCER";
    public static final String PORTAL = "PORTAL";

    /**
     * Not a member's role: the group of a program calling the API with one of the workspace's API
     * tokens. It may only read, and only what a boundary grants it by naming it in {@code
     * RolesAllowed} (and the resource by accepting the token).
     */
    public static final String API = "API";

    private Names() {}
  }

  /** Roles a visitor may choose when registering into a workspace. */
  public boolean selfRegistrable() {
    return this == CLIENT || this == FREELANCER;
  }
}
