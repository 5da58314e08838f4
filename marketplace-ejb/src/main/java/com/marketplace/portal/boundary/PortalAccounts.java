package com.marketplace.portal.boundary;

import com.marketplace.desk.entity.DeskClient;
import com.marketplace.invoicing.control.DocumentNumbers;
import com.marketplace.platform.tenant.TenantFilter;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.portal.control.ContactAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the portal accounts: one member with role PORTAL, without a usable password, for every CRM
 * client and subscription customer whose email nobody in the workspace has, and links each CRM
 * client nobody is linked to with the portal account of its email. The accounts are made as the
 * clients and customers are written ({@link ContactAccounts}); this is the backfill, at deployment
 * over every workspace and then by the scan, for what was written before (or by the demo's
 * seeding); each account in a transaction of its own, so a race with a registration of the same
 * email (the unique key) costs that one account a retry.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class PortalAccounts {

  private static final Logger LOG = Logger.getLogger(PortalAccounts.class.getName());

  /** The most accounts one pass makes; the next pass makes the rest. */
  static final int PASS_MAX = 500;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject ContactAccounts contacts;
  @Inject PortalAccounts self;

  /** One pass over every workspace; answers how many accounts it made. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int provisionAll() {
    int made = 0;
    for (Object[] row : self.missing()) {
      long tenantId = ((Number) row[0]).longValue();
      try {
        if (self.provision(tenantId, (String) row[1], (String) row[2])) {
          made++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "No portal account for a client of workspace " + tenantId, e);
      }
    }
    for (Object[] row : self.unlinked()) {
      try {
        self.link(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A CRM client stays unlinked to its portal account", e);
      }
    }
    return made;
  }

  /**
   * (tenant, email, name) of CRM clients and customers whose email no member of their workspace
   * has. Read across workspaces: every row carries its tenant, and the join stays within it.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> missing() {
    return em.createNativeQuery(
            "SELECT x.tenant_id, x.email, MIN(x.name) FROM ("
                + " SELECT tenant_id, LOWER(TRIM(email)) AS email, name FROM desk_client"
                + "  WHERE email IS NOT NULL AND TRIM(email) <> ''"
                + " UNION ALL"
                + " SELECT tenant_id, LOWER(TRIM(email)) AS email, name FROM customer"
                + "  WHERE member_id IS NULL AND email IS NOT NULL AND TRIM(email) <> '') x"
                + " WHERE NOT EXISTS (SELECT 1 FROM member m"
                + "  WHERE m.tenant_id = x.tenant_id AND m.email = x.email)"
                + " GROUP BY x.tenant_id, x.email ORDER BY x.tenant_id LIMIT "
                + PASS_MAX)
        .setHint(DocumentNumbers.NATIVE, true)
        .getResultList();
  }

  /** (tenant, CRM client) of clients linked to nobody whose email has a portal account. */
  @SuppressWarnings("unchecked")
  public List<Object[]> unlinked() {
    return em.createNativeQuery(
            "SELECT c.tenant_id, c.id FROM desk_client c JOIN member m"
                + " ON m.tenant_id = c.tenant_id AND m.email = LOWER(TRIM(c.email))"
                + " AND m.role = 'PORTAL' WHERE c.member_id IS NULL LIMIT "
                + PASS_MAX)
        .setHint(DocumentNumbers.NATIVE, true)
        .getResultList();
  }

  /** The portal account of an email in a workspace, made unless someone there has the email. */
  public boolean provision(long tenantId, String email, String name) {
    TenantFilter.scopeTo(em, tenantId);
    return contacts.account(tenantId, email, name);
  }

  public void link(long tenantId, long deskClientId) {
    TenantFilter.scopeTo(em, tenantId);
    DeskClient client = em.find(DeskClient.class, deskClientId);
    if (client != null) {
      contacts.link(client);
    }
  }
}
