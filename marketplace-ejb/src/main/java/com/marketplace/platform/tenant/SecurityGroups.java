package com.marketplace.platform.tenant;

/**
 * The security groups the container checks, for {@code @RolesAllowed} in features that must not
 * depend on identity (which keeps them as {@code Role.Names}, next to the members' roles): a
 * member's role, or {@link #API} for a program with an API token.
 */
public final class SecurityGroups {
  public static final String OWNER = "OWNER";
  public static final String CLIENT = "CLIENT";
  public static final String FREELANCER = "FREELANCER";
  public static final String PORTAL = "PORTAL";
  public static final String API = "API";

  private SecurityGroups() {}
}
