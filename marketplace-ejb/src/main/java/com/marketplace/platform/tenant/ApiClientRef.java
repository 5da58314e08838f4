package com.marketplace.platform.tenant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A program calling the API with one of a workspace's API tokens, as carried in the caller
 * principal's name: {@code tenantId/token/tokenId}. It is no member ({@link MemberRef#parse} does
 * not read it), so nothing that acts for a member acts for it; the tenant travels with it as with a
 * member.
 */
public record ApiClientRef(long tenantId, long tokenId) {

  private static final Pattern NAME = Pattern.compile("(\\d{1,18})/token/(\\d{1,18})");

  public String principalName() {
    return tenantId + "/token/" + tokenId;
  }

  public static Optional<ApiClientRef> parse(String principalName) {
    if (principalName == null) {
      return Optional.empty();
    }
    var m = NAME.matcher(principalName);
    return m.matches()
        ? Optional.of(new ApiClientRef(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
        : Optional.empty();
  }
}
