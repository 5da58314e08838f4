package com.marketplace.conversations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A client and a freelancer talking about one job, proposal or contract. */
@Entity
@Table(name = "conversation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = Conversation.OF_CONTEXT,
    query =
        "SELECT c FROM Conversation c WHERE c.contextType = :type AND c.contextId = :id"
            + " AND c.freelancerId = :freelancer")
@NamedQuery(
    name = Conversation.MINE,
    query =
        "SELECT c FROM Conversation c WHERE (c.clientId = :me OR c.freelancerId = :me)"
            + " AND c.lastMessageAt IS NOT NULL ORDER BY c.lastMessageAt DESC, c.id DESC")
public class Conversation {

  public static final String OF_CONTEXT = "Conversation.ofContext";
  public static final String MINE = "Conversation.mine";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "context_type", nullable = false, updatable = false)
  private ContextType contextType;

  @Column(name = "context_id", nullable = false, updatable = false)
  private long contextId;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(name = "freelancer_id", nullable = false, updatable = false)
  private long freelancerId;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_message_at")
  private Instant lastMessageAt;

  @Column(name = "client_last_read", nullable = false)
  private long clientLastRead;

  @Column(name = "freelancer_last_read", nullable = false)
  private long freelancerLastRead;

  protected Conversation() {}

  public Conversation(
      ContextType type,
      long contextId,
      long clientId,
      long freelancerId,
      String subject,
      Instant now) {
    this.contextType = type;
    this.contextId = contextId;
    this.clientId = clientId;
    this.freelancerId = freelancerId;
    this.subject = subject.length() > 160 ? subject.substring(0, 159) + "…" : subject;
    this.createdAt = now;
  }

  public boolean hasParticipant(long memberId) {
    return memberId == clientId || memberId == freelancerId;
  }

  /** The participant who is not {@code memberId}, if {@code memberId} is one. */
  public Optional<Long> otherThan(long memberId) {
    if (memberId == clientId) {
      return Optional.of(freelancerId);
    }
    if (memberId == freelancerId) {
      return Optional.of(clientId);
    }
    return Optional.empty();
  }

  public void posted(long messageId, long senderId, Instant at) {
    lastMessageAt = at;
    read(senderId, messageId);
  }

  /** Marks everything up to {@code messageId} read by the participant. */
  public void read(long memberId, long messageId) {
    if (memberId == clientId) {
      clientLastRead = Math.max(clientLastRead, messageId);
    } else if (memberId == freelancerId) {
      freelancerLastRead = Math.max(freelancerLastRead, messageId);
    }
  }

  /**
   * Whether a message is unread for {@code memberId}: a participant who did not send it and has not
   * marked it read. Nothing is unread for anyone else (the owner reading a dispute).
   */
  public boolean isUnread(long memberId, long messageId, long senderId) {
    if (senderId == memberId) {
      return false;
    }
    if (memberId == clientId) {
      return messageId > clientLastRead;
    }
    if (memberId == freelancerId) {
      return messageId > freelancerLastRead;
    }
    return false;
  }

  public Long getId() {
    return id;
  }

  public ContextType getContextType() {
    return contextType;
  }

  public long getContextId() {
    return contextId;
  }

  public long getClientId() {
    return clientId;
  }

  public long getFreelancerId() {
    return freelancerId;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }
}
