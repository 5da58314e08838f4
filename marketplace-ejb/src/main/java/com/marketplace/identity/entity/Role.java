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

    private Names() {}
  }

  /** Roles a visitor may choose when registering into a workspace. */
  public boolean selfRegistrable() {
    return this == CLIENT || this == FREELANCER;
  }
}
