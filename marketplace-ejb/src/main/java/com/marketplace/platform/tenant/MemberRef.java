package com.marketplace.platform.tenant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a signed-in caller is, as carried in the caller principal's name: {@code tenantId/memberId}.
 * The tenant travels with the identity, so every boundary knows the caller's tenant without a
 * lookup, and a request for another tenant can be refused.
 */
public record MemberRef(long tenantId, long memberId) {

  private static final Pattern NAME = Pattern.compile("(\\d{1,18})/(\\d{1,18})");

  public String principalName() {
    return tenantId + "/" + memberId;
  }

  public static Optional<MemberRef> parse(String principalName) {
    if (principalName == null) {
      return Optional.empty();
    }
    var m = NAME.matcher(principalName);
    return m.matches()
        ? Optional.of(new MemberRef(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
        : Optional.empty();
  }
}
