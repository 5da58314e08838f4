package com.marketplace.portal.boundary;

import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.identity.control.Caller;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.portal.control.HelpText;
import com.marketplace.portal.entity.PortalHelp;
import com.marketplace.portal.entity.PortalSettings;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The owner's settings of the client portal: open or closed, and the help page's texts. */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class PortalAdministration {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Tenants tenants;
  @Inject AuditTrail audit;

  public PortalSettings settings() {
    PortalHelp help = help().orElse(new PortalHelp());
    return new PortalSettings(
        tenants.portalEnabled(caller.ref().tenantId()), help.getFaq(), help.getContact());
  }

  /** Opens or closes the portal and writes the help page, in one step. */
  public PortalSettings change(PortalSettings settings) {
    tenants.changePortal(settings.enabled());
    PortalHelp help =
        help()
            .orElseGet(
                () -> {
                  var h = new PortalHelp();
                  em.persist(h);
                  return h;
                });
    help.write(settings.faq(), settings.contact());
    audit.record(
        AuditAction.PORTAL_SETTINGS_CHANGED,
        null,
        null,
        settings.enabled() ? "portal open" : "portal closed");
    return settings();
  }

  /** The FAQ as customers will see it, before it is saved. */
  public String preview(String faq) {
    return HelpText.html(faq);
  }

  private java.util.Optional<PortalHelp> help() {
    return em.createNamedQuery(PortalHelp.OF_WORKSPACE, PortalHelp.class)
        .getResultStream()
        .findFirst();
  }
}
