package com.marketplace.conversations.control;

import com.marketplace.contracts.entity.Dispute;
import com.marketplace.conversations.entity.ContextType;
import com.marketplace.conversations.entity.Conversation;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may read a conversation, its messages and their attachments: its two participants, and the
 * owner once the conversation's contract went to dispute. The one rule for the conversations and
 * the file downloads.
 */
@Dependent
public class ConversationAccess {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  public boolean mayRead(Conversation c, long memberId, boolean owner) {
    return c.hasParticipant(memberId)
        || (owner && c.getContextType() == ContextType.CONTRACT && disputed(c.getContextId()));
  }

  private boolean disputed(long contractId) {
    return !em.createNamedQuery(Dispute.OF_CONTRACT, Dispute.class)
        .setParameter("contract", contractId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
