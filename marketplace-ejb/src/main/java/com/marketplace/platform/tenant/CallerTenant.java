package com.marketplace.platform.tenant;

import java.security.Principal;
import java.util.Optional;

/** The tenant a signed-in caller acts in: a member's, or an API client's (its token's). */
public final class CallerTenant {

  private CallerTenant() {}

  public static Optional<Long> of(Principal principal) {
    return of(principal == null ? null : principal.getName());
  }

  public static Optional<Long> of(String principalName) {
    return MemberRef.parse(principalName)
        .map(MemberRef::tenantId)
        .or(() -> ApiClientRef.parse(principalName).map(ApiClientRef::tenantId));
  }
}
