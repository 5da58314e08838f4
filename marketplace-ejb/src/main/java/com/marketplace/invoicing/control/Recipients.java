package com.marketplace.invoicing.control;

import com.marketplace.desk.control.DeskAccess;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.identity.entity.Member;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whom the caller may address an invoice or a quote to: one of their own CRM clients (not archived;
 * another freelancer's is not found) or another member of the workspace.
 */
@Dependent
public class Recipients {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject DeskAccess desk;

  /**
   * The CRM client or the member, exactly one of the two.
   *
   * @param verb what the caller does, for the refusal: "invoice", "quote"
   */
  public Recipient of(Long clientId, Long memberId, String verb) {
    if ((clientId == null) == (memberId == null)) {
      throw new InvalidInputException("Choose a client or a member to " + verb + ".");
    }
    if (clientId != null) {
      DeskClient client = desk.client(clientId);
      if (client.isArchived()) {
        throw new InvalidInputException("“" + client.getName() + "” is archived.");
      }
      return Recipient.of(client);
    }
    Member member = em.find(Member.class, memberId);
    if (member == null || member.getId() == desk.me()) {
      throw new NotFoundException("There is no such member.");
    }
    return Recipient.of(member);
  }
}
