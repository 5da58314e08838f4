package com.marketplace.portal.control;

import com.marketplace.desk.entity.DeskClient;
import com.marketplace.identity.control.Enrolment;
import com.marketplace.identity.entity.CustomerContact;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Makes the portal account of a CRM client's or customer's email and links the CRM clients of that
 * email to it, in the transaction of the caller (the boundary that made or changed the client or
 * customer, or the scan's backfill), within the workspace its persistence context is scoped to.
 */
@Dependent
public class ContactAccounts {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Enrolment enrolment;

  /** At once, as the client or customer is written: a race on the email retries the writer. */
  void opened(@Observes CustomerContact contact) {
    if (contact.email() == null || contact.email().isBlank()) {
      return;
    }
    String email = contact.email().strip().toLowerCase(Locale.ROOT);
    account(contact.tenantId(), email, contact.name());
    em.createQuery(
            "SELECT c FROM DeskClient c WHERE c.email = :email AND c.memberId IS NULL",
            DeskClient.class)
        .setParameter("email", email)
        .getResultList()
        .forEach(this::link);
  }

  /** The portal account of an email, made unless someone in the workspace has the email. */
  public boolean account(long tenantId, String email, String name) {
    String displayName =
        name == null || name.isBlank()
            ? email
            : name.strip().substring(0, Math.min(name.strip().length(), Member.NAME_MAX));
    return enrolment
        .enrolWithoutPassword(tenantId, displayName, email.toLowerCase(Locale.ROOT), Role.PORTAL)
        .isPresent();
  }

  /** Links a CRM client linked to nobody to the portal account of its email, if there is one. */
  public void link(DeskClient client) {
    if (client.getEmail() == null) {
      return;
    }
    em.createNamedQuery(Member.BY_EMAIL, Member.class)
        .setParameter("email", client.getEmail().strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .filter(m -> m.getRole() == Role.PORTAL)
        .findFirst()
        .ifPresent(m -> client.linkPortalAccount(m.getId()));
  }
}
