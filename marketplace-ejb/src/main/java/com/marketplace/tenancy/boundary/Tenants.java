package com.marketplace.tenancy.boundary;

import com.marketplace.platform.NotFoundException;
import com.marketplace.tenancy.entity.Tenant;
import com.marketplace.tenancy.entity.TenantView;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Public facts about workspaces: what the branded public pages and the tenant resolver need. */
@Stateless
@PermitAll
public class Tenants {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  public Optional<TenantView> findBySlug(String slug) {
    return em.createNamedQuery(Tenant.BY_SLUG, Tenant.class)
        .setParameter("slug", slug == null ? "" : slug.toLowerCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst()
        .map(TenantView::of);
  }

  public TenantView get(long id) {
    return Optional.ofNullable(em.find(Tenant.class, id))
        .map(TenantView::of)
        .orElseThrow(() -> new NotFoundException("No such workspace."));
  }

  /** The logo bytes and media type, if the workspace has one. */
  public Optional<Logo> logo(long tenantId) {
    return Optional.ofNullable(em.find(Tenant.class, tenantId))
        .filter(t -> t.getLogoMediaType() != null)
        .map(t -> new Logo(t.getLogo(), t.getLogoMediaType()));
  }

  public record Logo(byte[] content, String mediaType) {}
}
