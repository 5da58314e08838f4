package com.marketplace.conversations.control;

import com.marketplace.conversations.entity.Conversation;
import com.marketplace.conversations.entity.ConversationMessage;
import com.marketplace.files.control.FileReaders;
import com.marketplace.files.entity.FileOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * A message's attachments are read by whoever may read its conversation: unlike the rest of a
 * contract's files, the owner's only once the contract is disputed.
 */
@ApplicationScoped
public class MessageFiles implements FileReaders {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject ConversationAccess conversations;

  @Override
  public FileOwner owner() {
    return ConversationMessage.FILES;
  }

  @Override
  public boolean mayRead(long messageId, long memberId, boolean workspaceOwner) {
    return Optional.ofNullable(em.find(ConversationMessage.class, messageId))
        .map(m -> em.find(Conversation.class, m.getConversationId()))
        .map(c -> conversations.mayRead(c, memberId, workspaceOwner))
        .orElse(false);
  }
}
