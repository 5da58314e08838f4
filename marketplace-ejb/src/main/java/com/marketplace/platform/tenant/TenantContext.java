package com.marketplace.platform.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant a request (or message delivery, or startup task) acts for when nobody is signed in:
 * set from the path slug by the web layer, from the event by message consumers. For a signed-in
 * member the principal decides, and {@link TenantFilter} refuses a different tenant here.
 */
@RequestScoped
public class TenantContext {

  private Long tenantId;

  public void use(long tenantId) {
    this.tenantId = tenantId;
  }

  public Optional<Long> current() {
    return Optional.ofNullable(tenantId);
  }
}
