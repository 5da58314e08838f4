package com.marketplace.portal.boundary;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.desk.control.DeskAccess;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.identity.boundary.AccountLinks;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.control.SubscriptionAccess;
import com.marketplace.subscriptions.entity.Customer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * "Invite to the portal" (P1): the freelancer for a client in their own book, the owner for a
 * customer. The portal account of the email is made at once if the scan has not made it yet (and a
 * CRM client linked to it), then {@link AccountLinks#invite} emails the one-time link. An email
 * that belongs to a member of the workspace, or none at all, is refused with a reason.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PortalInvites {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject DeskAccess desk;
  @Inject SubscriptionAccess subscriptions;
  @Inject PortalAccounts accounts;
  @Inject AccountLinks links;
  @Inject Caller caller;

  /** Invites one of the caller's CRM clients; answers the address the invite went to. */
  @RolesAllowed(FREELANCER)
  public String inviteClient(long clientId) {
    DeskClient client = desk.clientForUpdate(clientId);
    Member account = account(client.getName(), client.getEmail());
    client.linkPortalAccount(account.getId());
    return invite(account);
  }

  /** Invites a customer of the workspace; answers the address the invite went to. */
  @RolesAllowed(OWNER)
  public String inviteCustomer(long customerId) {
    Customer customer = subscriptions.customer(customerId);
    if (customer.getMemberId() != null) {
      throw new InvalidInputException(
          customer.getName()
              + " is a member of this workspace and signs in with their own account.");
    }
    return invite(account(customer.getName(), customer.getEmail()));
  }

  private String invite(Member account) {
    links.invite(account.getId(), caller.ref().memberId());
    return account.getEmail();
  }

  /** The portal account of the email, made now if there is none; refused for a member's email. */
  private Member account(String name, String email) {
    if (email == null || email.isBlank()) {
      throw new InvalidInputException(
          name + " has no email address: add one to invite them to the portal.");
    }
    String normalised = Member.normaliseEmail(email);
    Member found = byEmail(normalised);
    if (found == null) {
      accounts.provision(caller.tenantId(), normalised, name);
      found = byEmail(normalised);
    }
    if (found == null || found.getRole() != Role.PORTAL) {
      throw new InvalidInputException(
          normalised
              + " belongs to a member of this workspace, who signs in with their own account:"
              + " there is no portal account to invite.");
    }
    return found;
  }

  private Member byEmail(String email) {
    return em.createNamedQuery(Member.BY_EMAIL, Member.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
