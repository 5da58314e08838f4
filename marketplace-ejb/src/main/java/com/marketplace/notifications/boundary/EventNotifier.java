package com.marketplace.notifications.boundary;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.conversations.entity.ConversationMessage;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.identity.control.Directory;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberStatus;
import com.marketplace.identity.entity.Role;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.ledger.entity.Amounts;
import com.marketplace.notifications.control.Deliveries;
import com.marketplace.notifications.entity.Notice;
import com.marketplace.notifications.entity.NoticeType;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Decides who hears of a domain event and what they are told, then hands each notice to {@link
 * Deliveries} (in-app and email, as each member prefers). Called by {@link DomainEventConsumer}
 * inside the event's tenant; delivering the same event again changes nothing.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class EventNotifier {

  private static final Logger LOG = Logger.getLogger(EventNotifier.class.getName());

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Tenants tenants;
  @Inject Directory directory;
  @Inject Deliveries deliveries;

  public void on(DomainEvent event) {
    Optional<NoticeType> type = NoticeType.of(event.type());
    if (type.isEmpty()) {
      LOG.fine(() -> "No notification for " + event.type());
      return;
    }
    for (Notice notice : notices(type.get(), event)) {
      deliveries.deliver(event, notice);
    }
  }

  private List<Notice> notices(NoticeType type, DomainEvent e) {
    List<Notice> notices = new ArrayList<>();
    switch (type) {
      case MemberRegistered -> {
        long memberId = e.getLong("memberId");
        String name = e.get("displayName");
        Role role = Role.valueOf(e.get("role"));
        String workspace = tenants.get(e.tenantId()).name();
        notices.add(
            new Notice(memberId, type, "Welcome to " + workspace + ", " + name + "!", "/app"));
        if (role != Role.OWNER) {
          String joined =
              name + " joined " + workspace + " as a " + role.name().toLowerCase(Locale.ROOT) + ".";
          owners()
              .forEach(o -> notices.add(new Notice(o, type, joined, "/app/owner/members.xhtml")));
        }
      }
      case ProposalReceived, ProposalWithdrawn -> {
        Proposal proposal = em.find(Proposal.class, e.getLong("proposalId"));
        Job job = proposal == null ? null : em.find(Job.class, proposal.getJobId());
        if (job == null) {
          break;
        }
        String freelancer = directory.name(proposal.getFreelancerId());
        String text =
            type == NoticeType.ProposalReceived
                ? freelancer + " sent a proposal for “" + job.getTitle() + "”."
                : freelancer + " withdrew a proposal for “" + job.getTitle() + "”.";
        notices.add(
            new Notice(job.getClientId(), type, text, "/app/client/job.xhtml?id=" + job.getId()));
      }
      case Hired,
              MilestoneFunded,
              WorkSubmitted,
              ChangesRequested,
              MilestoneReleased,
              DisputeOpened,
              DisputeResolved,
              ContractCancelled,
              ReviewPosted ->
          contractNotices(type, e, notices);
      case MessagePosted -> {
        var message = em.find(ConversationMessage.class, e.getLong("messageId"));
        if (message == null) {
          break;
        }
        String body = message.getBody();
        String excerpt = body.length() > 140 ? body.substring(0, 139) + "…" : body;
        String text =
            directory.name(message.getSenderId())
                + (excerpt.isEmpty() ? " sent you a file." : " wrote: “" + excerpt + "”");
        notices.add(
            new Notice(
                e.getLong("recipientId"),
                type,
                text,
                "/app/messages.xhtml?c=" + e.getLong("conversationId")));
      }
      case TopUpConfirmed, WithdrawalPaid, WithdrawalFailed -> {
        String amount = Amounts.format(e.getLong("amount"), e.get("currency"));
        String text =
            switch (type) {
              case TopUpConfirmed -> "Your top-up of " + amount + " arrived in your wallet.";
              case WithdrawalPaid -> "Your withdrawal of " + amount + " was paid out.";
              default ->
                  "Your withdrawal of "
                      + amount
                      + " failed"
                      + (e.data().containsKey("failure") ? " (" + e.get("failure") + ")" : "")
                      + "; the money is back in your wallet.";
            };
        notices.add(new Notice(e.getLong("memberId"), type, text, "/app/wallet.xhtml"));
      }
    }
    return notices;
  }

  private void contractNotices(NoticeType type, DomainEvent e, List<Notice> notices) {
    Contract c = em.find(Contract.class, e.getLong("contractId"));
    if (c == null) {
      return;
    }
    String path = "/app/contract.xhtml?id=" + c.getId();
    String title = "“" + c.getTitle() + "”";
    Long actor = e.data().containsKey("actorId") ? e.getLong("actorId") : null;
    String who = actor == null ? "The workspace" : directory.name(actor);
    Milestone m =
        e.data().containsKey("milestoneId")
            ? c.getMilestones().stream()
                .filter(x -> x.getId() == e.getLong("milestoneId"))
                .findFirst()
                .orElse(null)
            : null;
    String milestone = m == null ? "A milestone" : "“" + m.getTitle() + "”";
    String money = m == null ? "" : " (" + Amounts.format(m.getAmount(), c.getCurrency()) + ")";
    long client = c.getClientId();
    long freelancer = c.getFreelancerId();
    long other = actor != null && actor == client ? freelancer : client;
    switch (type) {
      case Hired ->
          notices.add(new Notice(freelancer, type, who + " hired you for " + title + ".", path));
      case MilestoneFunded ->
          notices.add(
              new Notice(
                  freelancer,
                  type,
                  milestone
                      + money
                      + " of "
                      + title
                      + " is funded and held in escrow: work can start.",
                  path));
      case WorkSubmitted ->
          notices.add(
              new Notice(
                  client,
                  type,
                  who + " submitted work on " + milestone + " of " + title + ".",
                  path));
      case ChangesRequested ->
          notices.add(
              new Notice(
                  freelancer,
                  type,
                  who + " asked for changes to " + milestone + " of " + title + ".",
                  path));
      case MilestoneReleased -> {
        String how = actor == null ? " was released automatically" : " was approved and released";
        notices.add(
            new Notice(
                freelancer,
                type,
                milestone + money + " of " + title + how + " to your wallet.",
                path));
        if (actor == null) {
          notices.add(
              new Notice(
                  client,
                  type,
                  milestone + " of " + title + " was released after the review period ran out.",
                  path));
        }
      }
      case DisputeOpened -> {
        String text = who + " opened a dispute on " + title + "; the escrow stays held.";
        notices.add(new Notice(other, type, text, path));
        owners().forEach(o -> notices.add(new Notice(o, type, text, path)));
      }
      case DisputeResolved -> {
        String text = "The dispute on " + title + " was resolved by " + who + ".";
        notices.add(new Notice(client, type, text, path));
        notices.add(new Notice(freelancer, type, text, path));
      }
      case ContractCancelled -> {
        String text = title + " was cancelled by agreement; funds held in escrow went back.";
        notices.add(new Notice(client, type, text, path));
        notices.add(new Notice(freelancer, type, text, path));
      }
      case ReviewPosted ->
          notices.add(new Notice(other, type, who + " reviewed your work on " + title + ".", path));
      default -> throw new IllegalArgumentException(type.name());
    }
  }

  private List<Long> owners() {
    return em.createNamedQuery(Member.BY_ROLE, Member.class)
        .setParameter("role", Role.OWNER)
        .setParameter("status", MemberStatus.ACTIVE)
        .getResultStream()
        .map(Member::getId)
        .toList();
  }
}
