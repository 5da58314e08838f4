package com.marketplace.it;

import com.marketplace.identity.control.Passwords;
import com.marketplace.invoicing.control.DocumentNumbers;
import com.marketplace.portal.boundary.PortalAccounts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The portal's test fixture: makes the missing portal accounts at once (instead of waiting for the
 * scan), gives a portal account a password (as its holder will through the invite link), and opens
 * or closes a workspace's portal.
 */
@Stateless
public class PortalFixtures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject PortalAccounts accounts;
  @Inject Passwords passwords;

  public int provision() {
    return accounts.provisionAll();
  }

  /**
   * Sets the password of the workspace's member with the email, which confirms the address as the
   * invite's link does; answers their role.
   */
  public String password(String slug, String email, String password) {
    em.createNativeQuery(
            "UPDATE member SET password_hash = ?1,"
                + " email_verified_at = COALESCE(email_verified_at, UTC_TIMESTAMP(6))"
                + " WHERE email = ?2"
                + " AND tenant_id = (SELECT id FROM tenant WHERE slug = ?3)")
        .setHint(DocumentNumbers.NATIVE, true)
        .setParameter(1, passwords.hashNew(password, email))
        .setParameter(2, email)
        .setParameter(3, slug)
        .executeUpdate();
    return (String)
        em.createNativeQuery(
                "SELECT role FROM member WHERE email = ?1"
                    + " AND tenant_id = (SELECT id FROM tenant WHERE slug = ?2)")
            .setHint(DocumentNumbers.NATIVE, true)
            .setParameter(1, email)
            .setParameter(2, slug)
            .getSingleResult();
  }

  public void portal(String slug, boolean enabled) {
    em.createNativeQuery("UPDATE tenant SET portal_enabled = ?1 WHERE slug = ?2")
        .setHint(DocumentNumbers.NATIVE, true)
        .setParameter(1, enabled)
        .setParameter(2, slug)
        .executeUpdate();
  }
}
