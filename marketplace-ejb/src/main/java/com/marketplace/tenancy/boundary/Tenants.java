package com.marketplace.tenancy.boundary;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.entity.MarketplaceRules;
import com.marketplace.tenancy.entity.Tenant;
import com.marketplace.tenancy.entity.TenantView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Public facts about workspaces: what the branded public pages and the tenant resolver need. */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Tenants {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject AuditTrail audit;

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

  /** The caller's workspace's marketplace rules. */
  @RolesAllowed({Role.Names.OWNER, Role.Names.CLIENT, Role.Names.FREELANCER})
  public MarketplaceRules rules() {
    return em.find(Tenant.class, caller.ref().tenantId()).rules();
  }

  /** A workspace's marketplace rules, for work that runs without a caller (scheduled scans). */
  public MarketplaceRules rulesOf(long tenantId) {
    return Optional.ofNullable(em.find(Tenant.class, tenantId))
        .map(Tenant::rules)
        .orElseThrow(() -> new NotFoundException("No such workspace."));
  }

  /**
   * The owner changes the workspace's auto-release period, upload rules and automatic approval of
   * time.
   */
  @RolesAllowed(Role.Names.OWNER)
  public MarketplaceRules changeRules(MarketplaceRules rules) {
    Tenant tenant = em.find(Tenant.class, caller.ref().tenantId());
    MarketplaceRules before = tenant.rules();
    tenant.changeRules(rules);
    MarketplaceRules after = tenant.rules();
    audit.record(AuditAction.RULES_CHANGED, "tenant", tenant.getId(), describe(before, after));
    return after;
  }

  /** What changed in the rules, as one line for the audit log. */
  static String describe(MarketplaceRules before, MarketplaceRules after) {
    var changes = new java.util.ArrayList<String>();
    if (before.autoReleaseDays() != after.autoReleaseDays()) {
      changes.add(
          "auto-release " + before.autoReleaseDays() + " → " + after.autoReleaseDays() + " days");
    }
    if (!before.uploadTypes().equals(after.uploadTypes())) {
      changes.add("upload types " + String.join(", ", after.uploadTypes()));
    }
    if (before.uploadMaxBytes() != after.uploadMaxBytes()) {
      changes.add(
          "upload limit " + before.uploadMaxBytes() + " → " + after.uploadMaxBytes() + " bytes");
    }
    if (!java.util.Objects.equals(before.timeApprovalDays(), after.timeApprovalDays())) {
      changes.add(
          "time approval "
              + days(before.timeApprovalDays())
              + " → "
              + days(after.timeApprovalDays()));
    }
    return changes.isEmpty() ? "no change" : String.join("; ", changes);
  }

  private static String days(Integer days) {
    return days == null ? "never" : days + " days";
  }

  /** Whether a workspace's client portal is open (pages, sign-in and accounts of the portal). */
  public boolean portalEnabled(long tenantId) {
    return Optional.ofNullable(em.find(Tenant.class, tenantId))
        .map(Tenant::isPortalEnabled)
        .orElse(false);
  }

  /** The owner opens or closes the workspace's client portal. */
  @RolesAllowed(Role.Names.OWNER)
  public boolean changePortal(boolean enabled) {
    Tenant tenant = em.find(Tenant.class, caller.ref().tenantId());
    tenant.setPortalEnabled(enabled);
    return tenant.isPortalEnabled();
  }

  public record Logo(byte[] content, String mediaType) {}
}
