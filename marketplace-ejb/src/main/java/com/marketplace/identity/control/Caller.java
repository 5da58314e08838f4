package com.marketplace.identity.control;

import com.marketplace.platform.AccessDeniedException;
import com.marketplace.platform.tenant.CallerTenant;
import com.marketplace.platform.tenant.MemberRef;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.Principal;

/** The signed-in member a boundary acts for. */
@Dependent
public class Caller {

  @Inject Principal principal;

  public MemberRef ref() {
    return MemberRef.parse(principal == null ? null : principal.getName())
        .orElseThrow(() -> new AccessDeniedException("Please sign in first."));
  }

  /**
   * The caller's workspace, whether a member or a program using an API token asks: for reads that
   * serve both ({@code @RolesAllowed} with {@link com.marketplace.identity.entity.Role.Names#API}).
   */
  public long tenantId() {
    return CallerTenant.of(principal)
        .orElseThrow(() -> new AccessDeniedException("Please sign in first."));
  }
}
