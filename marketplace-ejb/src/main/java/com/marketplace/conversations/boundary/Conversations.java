package com.marketplace.conversations.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.conversations.control.ConversationAccess;
import com.marketplace.conversations.control.ConversationContexts;
import com.marketplace.conversations.entity.ContextType;
import com.marketplace.conversations.entity.Conversation;
import com.marketplace.conversations.entity.ConversationChanged;
import com.marketplace.conversations.entity.ConversationMessage;
import com.marketplace.conversations.entity.ConversationView;
import com.marketplace.conversations.entity.MessageView;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.MessagePosted;
import com.marketplace.files.control.FileStore;
import com.marketplace.files.entity.FileUpload;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.Directory;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Conversations (N1). A participant opens the conversation of a job, proposal or contract, reads
 * it, marks what they were shown read and posts to it; the owner may read the conversation of a
 * contract that went to dispute. Anyone else, in this workspace or another, finds no such
 * conversation. Reading changes nothing: pages and API answer a GET with it, and a GET must not
 * change state (a link or image on another site can make a browser send one).
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Conversations {

  static final int PAGE = 200;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject com.marketplace.identity.boundary.Authentication authentication;
  @Inject Directory directory;
  @Inject ConversationAccess access;
  @Inject ConversationContexts contexts;
  @Inject FileStore files;
  @Inject Event<DomainEvent> events;
  @Inject Event<ConversationChanged> changed;
  @Inject Clock clock;
  @Resource SessionContext session;

  /**
   * The caller's conversation about a job, proposal or contract, started if new; for the owner, the
   * conversation of a disputed contract.
   */
  public ConversationView open(ContextType type, long contextId) {
    long me = caller.ref().memberId();
    return read(contexts.findOrStart(type, contextId, me).getId());
  }

  /**
   * The caller's conversations with at least one message, latest first, with their unread counts
   * (opening one is not yet writing to the other participant).
   */
  public List<ConversationView> mine() {
    long me = caller.ref().memberId();
    Map<Long, Long> unread = unreadByConversation(me);
    List<Conversation> list =
        em.createNamedQuery(Conversation.MINE, Conversation.class)
            .setParameter("me", me)
            .setMaxResults(PAGE)
            .getResultList();
    var names =
        directory.names(list.stream().map(c -> c.otherThan(me).orElseThrow()).distinct().toList());
    return list.stream()
        .map(
            c ->
                new ConversationView(
                    c.getId(),
                    c.getContextType(),
                    c.getContextId(),
                    c.getSubject(),
                    names.of(c.otherThan(me).orElseThrow()),
                    c.getLastMessageAt(),
                    unread.getOrDefault(c.getId(), 0L),
                    List.of()))
        .toList();
  }

  /** Unread messages across the caller's conversations (the badge in the navigation). */
  public long unread() {
    return unreadByConversation(caller.ref().memberId()).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  /**
   * Marks the caller's messages of a conversation read up to {@code upTo}, the newest message they
   * were shown (so one that arrived meanwhile stays unread), at most up to the newest there is.
   */
  public void markRead(long conversationId, long upTo) {
    long me = caller.ref().memberId();
    Conversation c = readable(conversationId, me);
    em.createNamedQuery(ConversationMessage.THREAD, ConversationMessage.class)
        .setParameter("conversation", c.getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(newest -> c.read(me, Math.min(upTo, newest.getId())));
  }

  /** A conversation with its latest messages, newest at the bottom; marks nothing read. */
  public ConversationView read(long conversationId) {
    long me = caller.ref().memberId();
    Conversation c = readable(conversationId, me);
    List<ConversationMessage> latest =
        new ArrayList<>(
            em.createNamedQuery(ConversationMessage.THREAD, ConversationMessage.class)
                .setParameter("conversation", c.getId())
                .setMaxResults(PAGE)
                .getResultList());
    Collections.reverse(latest);
    var names =
        directory.names(
            Stream.concat(
                    Stream.of(c.getClientId(), c.getFreelancerId()),
                    latest.stream().map(ConversationMessage::getSenderId))
                .distinct()
                .toList());
    var attachments =
        files.of(
            ConversationMessage.FILES, latest.stream().map(ConversationMessage::getId).toList());
    // a participant talks with the other one; the owner reads the two of them
    String withName =
        c.otherThan(me)
            .map(names::of)
            .orElseGet(() -> names.of(c.getClientId()) + " and " + names.of(c.getFreelancerId()));
    return new ConversationView(
        c.getId(),
        c.getContextType(),
        c.getContextId(),
        c.getSubject(),
        withName,
        c.getLastMessageAt(),
        latest.stream().filter(m -> c.isUnread(me, m.getId(), m.getSenderId())).count(),
        latest.stream()
            .map(
                m ->
                    new MessageView(
                        m.getId(),
                        m.getSenderId(),
                        names.of(m.getSenderId()),
                        m.getSenderId() == me,
                        m.getBody(),
                        m.getCreatedAt(),
                        attachments.getOrDefault(m.getId(), List.of())))
            .toList());
  }

  /** Posts a message (text, files or both) as a participant. */
  @RolesAllowed({CLIENT, FREELANCER})
  public MessageView post(long conversationId, String body, List<FileUpload> attachments) {
    var ref = caller.ref();
    authentication.requireVerifiedEmail(ref);
    long me = ref.memberId();
    Conversation c = readable(conversationId, me);
    // only participants reach here: the owner, who may read some, does not post
    long recipient = c.otherThan(me).orElseThrow();
    String text = body == null ? "" : body.strip();
    List<FileUpload> uploads = attachments == null ? List.of() : attachments;
    if (text.isEmpty() && uploads.isEmpty()) {
      throw new InvalidInputException("Write a message or attach a file.");
    }
    if (text.length() > ConversationMessage.BODY_MAX) {
      throw new InvalidInputException(
          "A message holds at most " + ConversationMessage.BODY_MAX + " characters.");
    }
    var message = new ConversationMessage(c.getId(), me, text, clock.instant());
    em.persist(message);
    em.flush();
    Tenant tenant = em.find(Tenant.class, ref.tenantId());
    var stored =
        files.attach(ConversationMessage.FILES, message.getId(), me, uploads, tenant.rules());
    c.posted(message.getId(), me, message.getCreatedAt());
    events.fire(
        new MessagePosted(
            DomainEvent.header(ref.tenantId(), clock.instant()),
            c.getId(),
            message.getId(),
            me,
            recipient));
    changed.fire(new ConversationChanged(me, recipient));
    return new MessageView(
        message.getId(), me, directory.name(me), true, text, message.getCreatedAt(), stored);
  }

  /** A conversation the caller takes part in, or that the owner may read (disputed contracts). */
  private Conversation readable(long conversationId, long me) {
    return Optional.ofNullable(em.find(Conversation.class, conversationId))
        .filter(c -> access.mayRead(c, me, session.isCallerInRole(OWNER)))
        .orElseThrow(() -> new NotFoundException("There is no such conversation."));
  }

  private Map<Long, Long> unreadByConversation(long me) {
    return em.createNamedQuery(ConversationMessage.UNREAD, Object[].class)
        .setParameter("me", me)
        .getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
  }
}
