package com.marketplace.conversations.entity;

import com.marketplace.files.entity.FileOwner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One message; never edited. */
@Entity
@Table(name = "conversation_message")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = ConversationMessage.THREAD,
    query =
        "SELECT m FROM ConversationMessage m WHERE m.conversationId = :conversation"
            + " ORDER BY m.id DESC")
@NamedQuery(
    name = ConversationMessage.UNREAD,
    query =
        "SELECT m.conversationId, COUNT(m) FROM ConversationMessage m, Conversation c"
            + " WHERE m.conversationId = c.id AND m.senderId <> :me"
            + " AND ((c.clientId = :me AND m.id > c.clientLastRead)"
            + " OR (c.freelancerId = :me AND m.id > c.freelancerLastRead))"
            + " GROUP BY m.conversationId")
public class ConversationMessage {

  /** The owner of a message's attachments; they follow the conversation's rule. */
  public static final FileOwner FILES = new FileOwner("MESSAGE");

  public static final String THREAD = "ConversationMessage.thread";
  public static final String UNREAD = "ConversationMessage.unread";

  /** The longest message, on the page and over the API alike. */
  public static final int BODY_MAX = 5_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private long conversationId;

  @Column(name = "sender_id", nullable = false, updatable = false)
  private long senderId;

  @Column(nullable = false, updatable = false)
  @Size(max = BODY_MAX)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ConversationMessage() {}

  public ConversationMessage(long conversationId, long senderId, String body, Instant now) {
    this.conversationId = conversationId;
    this.senderId = senderId;
    this.body = body;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getConversationId() {
    return conversationId;
  }

  public long getSenderId() {
    return senderId;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
