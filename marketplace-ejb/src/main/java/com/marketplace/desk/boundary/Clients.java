package com.marketplace.desk.boundary;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.desk.control.ClientViews;
import com.marketplace.desk.control.DeskAccess;
import com.marketplace.desk.control.TrackedTime;
import com.marketplace.desk.entity.ClientDetails;
import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ClientSearch;
import com.marketplace.desk.entity.ClientView;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.entity.CustomerContact;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A freelancer's book of clients (H1). Each freelancer sees and changes only their own; another's
 * client does not exist for them (404). A client may be linked to a client member of the workspace.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(FREELANCER)
public class Clients {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject DeskAccess access;
  @Inject ClientViews views;
  @Inject TrackedTime tracked;
  @Inject Clock clock;
  @Inject Caller caller;
  @Inject Event<CustomerContact> contacts;

  public long create(ClientDetails details) {
    var client = new DeskClient(access.me(), linkable(details), clock.instant());
    em.persist(client);
    em.flush();
    announce(client);
    return client.getId();
  }

  public void change(long clientId, ClientDetails details) {
    DeskClient client = access.clientForUpdate(clientId);
    client.change(linkable(details));
    announce(client);
  }

  /** Out of the list, kept with its projects and time; always possible. */
  public void archive(long clientId) {
    access.clientForUpdate(clientId).archive();
  }

  public void restore(long clientId) {
    access.clientForUpdate(clientId).restore();
  }

  /** Only a client without any project; one with invoiced time is archived, never deleted. */
  public void delete(long clientId) {
    DeskClient client = access.clientForUpdate(clientId);
    client.requireDeletable(views.projectCount(clientId), tracked.invoicedForClient(clientId));
    em.remove(client);
  }

  public ClientView get(long clientId) {
    return views.of(access.client(clientId), today());
  }

  /** A page of the caller's clients matching the search, by name. */
  public List<ClientRow> list(ClientSearch search, int first, int max) {
    return views.page(access.me(), search, first, max);
  }

  public long count(ClientSearch search) {
    return views.count(access.me(), search);
  }

  /** The companies in the caller's book, for the filter. */
  public List<String> companies() {
    return views.companies(access.me());
  }

  /** A client with an email, in this transaction: its portal account is made with it. */
  private void announce(DeskClient client) {
    if (client.getEmail() != null) {
      contacts.fire(new CustomerContact(caller.tenantId(), client.getEmail(), client.getName()));
    }
  }

  /** The details, once the member they link to (if any) is known as a client of the workspace. */
  private ClientDetails linkable(ClientDetails details) {
    if (details.memberId() != null) {
      // another workspace's members are not found here: the tenant filter hides them
      Member member = em.find(Member.class, details.memberId());
      if (member == null || member.getRole() != Role.CLIENT) {
        throw new InvalidInputException(
            "A client can only be linked to a client member of this workspace.");
      }
    }
    return details;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
