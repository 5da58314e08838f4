package com.marketplace.notifications.boundary;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.conversations.entity.ConversationMessage;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.BudgetThresholdReached;
import com.marketplace.events.entity.DomainEvent.ChangesRequested;
import com.marketplace.events.entity.DomainEvent.ContractCancelled;
import com.marketplace.events.entity.DomainEvent.DisputeOpened;
import com.marketplace.events.entity.DomainEvent.DisputeResolved;
import com.marketplace.events.entity.DomainEvent.Hired;
import com.marketplace.events.entity.DomainEvent.HourlyContractPaused;
import com.marketplace.events.entity.DomainEvent.HourlyWeekFunded;
import com.marketplace.events.entity.DomainEvent.InvoiceIssued;
import com.marketplace.events.entity.DomainEvent.InvoiceOverdue;
import com.marketplace.events.entity.DomainEvent.InvoiceReminder;
import com.marketplace.events.entity.DomainEvent.JobPosted;
import com.marketplace.events.entity.DomainEvent.MemberRegistered;
import com.marketplace.events.entity.DomainEvent.MessagePosted;
import com.marketplace.events.entity.DomainEvent.MilestoneFunded;
import com.marketplace.events.entity.DomainEvent.MilestoneReleased;
import com.marketplace.events.entity.DomainEvent.PaymentReceived;
import com.marketplace.events.entity.DomainEvent.ProposalReceived;
import com.marketplace.events.entity.DomainEvent.ProposalWithdrawn;
import com.marketplace.events.entity.DomainEvent.QuoteAccepted;
import com.marketplace.events.entity.DomainEvent.QuoteRejected;
import com.marketplace.events.entity.DomainEvent.QuoteSent;
import com.marketplace.events.entity.DomainEvent.ReviewPosted;
import com.marketplace.events.entity.DomainEvent.SubscriptionBillingFailed;
import com.marketplace.events.entity.DomainEvent.TimeApproved;
import com.marketplace.events.entity.DomainEvent.TimeRejected;
import com.marketplace.events.entity.DomainEvent.TimeSubmitted;
import com.marketplace.events.entity.DomainEvent.TopUpConfirmed;
import com.marketplace.events.entity.DomainEvent.WithdrawalFailed;
import com.marketplace.events.entity.DomainEvent.WithdrawalPaid;
import com.marketplace.events.entity.DomainEvent.WorkSubmitted;
import com.marketplace.identity.control.Directory;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberStatus;
import com.marketplace.identity.entity.Role;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.notifications.control.Deliveries;
import com.marketplace.notifications.control.DocumentNotices;
import com.marketplace.notifications.entity.Notice;
import com.marketplace.notifications.entity.NoticeType;
import com.marketplace.platform.Money;
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
import java.util.function.Function;

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

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Tenants tenants;
  @Inject Directory directory;
  @Inject Deliveries deliveries;
  @Inject DocumentNotices documents;

  /** Where a client member decides the time submitted to them. */
  static final String APPROVALS = "/app/desk/approvals.xhtml";

  public void on(DomainEvent event) {
    for (Notice notice : event.accept(new Decide())) {
      deliveries.deliver(event, notice);
    }
  }

  /** Who hears of each kind of event and what they are told. */
  private final class Decide implements DomainEvent.Handler<List<Notice>> {

    /** The invite email itself went out with the link; nobody is told more. */
    @Override
    public List<Notice> portalInvited(DomainEvent.PortalInvited e) {
      return List.of();
    }

    @Override
    public List<Notice> memberRegistered(MemberRegistered e) {
      var type = NoticeType.MemberRegistered;
      String name = e.displayName();
      String workspace = tenants.get(e.tenantId()).name();
      List<Notice> notices = new ArrayList<>();
      notices.add(
          new Notice(e.memberId(), type, "Welcome to " + workspace + ", " + name + "!", "/app"));
      if (e.role() != Role.OWNER) {
        String joined =
            name
                + " joined "
                + workspace
                + " as a "
                + e.role().name().toLowerCase(Locale.ROOT)
                + ".";
        owners().forEach(o -> notices.add(new Notice(o, type, joined, "/app/owner/members.xhtml")));
      }
      return notices;
    }

    @Override
    public List<Notice> jobPosted(JobPosted e) {
      // the board shows it; nobody is told
      return List.of();
    }

    @Override
    public List<Notice> proposalReceived(ProposalReceived e) {
      return proposal(e.proposalId(), NoticeType.ProposalReceived, " sent a proposal for “");
    }

    @Override
    public List<Notice> proposalWithdrawn(ProposalWithdrawn e) {
      return proposal(e.proposalId(), NoticeType.ProposalWithdrawn, " withdrew a proposal for “");
    }

    private List<Notice> proposal(long proposalId, NoticeType type, String verb) {
      Proposal proposal = em.find(Proposal.class, proposalId);
      Job job = proposal == null ? null : em.find(Job.class, proposal.getJobId());
      if (job == null) {
        return List.of();
      }
      String text = directory.name(proposal.getFreelancerId()) + verb + job.getTitle() + "”.";
      return List.of(
          new Notice(job.getClientId(), type, text, "/app/client/job.xhtml?id=" + job.getId()));
    }

    @Override
    public List<Notice> hired(Hired e) {
      return contract(
          e.contractId(),
          e.actorId(),
          null,
          c ->
              List.of(
                  c.to(
                      c.freelancer(),
                      NoticeType.Hired,
                      c.who() + " hired you for " + c.title() + ".")));
    }

    @Override
    public List<Notice> milestoneFunded(MilestoneFunded e) {
      return contract(
          e.contractId(),
          e.actorId(),
          e.milestoneId(),
          c ->
              List.of(
                  c.to(
                      c.freelancer(),
                      NoticeType.MilestoneFunded,
                      c.milestone()
                          + c.money()
                          + " of "
                          + c.title()
                          + " is funded and held in escrow: work can start.")));
    }

    @Override
    public List<Notice> workSubmitted(WorkSubmitted e) {
      return contract(
          e.contractId(),
          e.actorId(),
          e.milestoneId(),
          c ->
              List.of(
                  c.to(
                      c.client(),
                      NoticeType.WorkSubmitted,
                      c.who() + " submitted work on " + c.milestone() + " of " + c.title() + ".")));
    }

    @Override
    public List<Notice> changesRequested(ChangesRequested e) {
      return contract(
          e.contractId(),
          e.actorId(),
          e.milestoneId(),
          c ->
              List.of(
                  c.to(
                      c.freelancer(),
                      NoticeType.ChangesRequested,
                      c.who()
                          + " asked for changes to "
                          + c.milestone()
                          + " of "
                          + c.title()
                          + ".")));
    }

    @Override
    public List<Notice> milestoneReleased(MilestoneReleased e) {
      var type = NoticeType.MilestoneReleased;
      return contract(
          e.contractId(),
          e.actorId(),
          e.milestoneId(),
          c -> {
            if (e.actorId() != null) {
              return List.of(
                  c.to(
                      c.freelancer(),
                      type,
                      c.milestone()
                          + c.money()
                          + " of "
                          + c.title()
                          + " was approved and released to your wallet."));
            }
            return List.of(
                c.to(
                    c.freelancer(),
                    type,
                    c.milestone()
                        + c.money()
                        + " of "
                        + c.title()
                        + " was released automatically to your wallet."),
                c.to(
                    c.client(),
                    type,
                    c.milestone()
                        + " of "
                        + c.title()
                        + " was released after the review period ran out."));
          });
    }

    @Override
    public List<Notice> disputeOpened(DisputeOpened e) {
      var type = NoticeType.DisputeOpened;
      return contract(
          e.contractId(),
          e.actorId(),
          null,
          c -> {
            String text =
                c.who() + " opened a dispute on " + c.title() + "; the escrow stays held.";
            List<Notice> notices = new ArrayList<>();
            notices.add(c.to(c.other(), type, text));
            owners().forEach(o -> notices.add(c.to(o, type, text)));
            return notices;
          });
    }

    @Override
    public List<Notice> disputeResolved(DisputeResolved e) {
      var type = NoticeType.DisputeResolved;
      return contract(
          e.contractId(),
          e.actorId(),
          null,
          c -> {
            String text = "The dispute on " + c.title() + " was resolved by " + c.who() + ".";
            return List.of(c.to(c.client(), type, text), c.to(c.freelancer(), type, text));
          });
    }

    @Override
    public List<Notice> contractCancelled(ContractCancelled e) {
      var type = NoticeType.ContractCancelled;
      return contract(
          e.contractId(),
          e.actorId(),
          null,
          c -> {
            String text =
                c.title() + " was cancelled by agreement; funds held in escrow went back.";
            return List.of(c.to(c.client(), type, text), c.to(c.freelancer(), type, text));
          });
    }

    @Override
    public List<Notice> reviewPosted(ReviewPosted e) {
      return contract(
          e.contractId(),
          e.actorId(),
          null,
          c ->
              List.of(
                  c.to(
                      c.other(),
                      NoticeType.ReviewPosted,
                      c.who() + " reviewed your work on " + c.title() + ".")));
    }

    @Override
    public List<Notice> messagePosted(MessagePosted e) {
      var message = em.find(ConversationMessage.class, e.messageId());
      if (message == null) {
        return List.of();
      }
      String body = message.getBody();
      String excerpt = body.length() > 140 ? body.substring(0, 139) + "…" : body;
      String text =
          directory.name(message.getSenderId())
              + (excerpt.isEmpty() ? " sent you a file." : " wrote: “" + excerpt + "”");
      return List.of(
          new Notice(
              e.recipientId(),
              NoticeType.MessagePosted,
              text,
              "/app/messages.xhtml?c=" + e.conversationId()));
    }

    @Override
    public List<Notice> topUpConfirmed(TopUpConfirmed e) {
      String amount = Money.of(e.amount(), e.currency()).format();
      return wallet(
          e.memberId(),
          NoticeType.TopUpConfirmed,
          "Your top-up of " + amount + " arrived in your wallet.");
    }

    @Override
    public List<Notice> withdrawalPaid(WithdrawalPaid e) {
      String amount = Money.of(e.amount(), e.currency()).format();
      return wallet(
          e.memberId(),
          NoticeType.WithdrawalPaid,
          "Your withdrawal of " + amount + " was paid out.");
    }

    @Override
    public List<Notice> withdrawalFailed(WithdrawalFailed e) {
      String amount = Money.of(e.amount(), e.currency()).format();
      return wallet(
          e.memberId(),
          NoticeType.WithdrawalFailed,
          "Your withdrawal of "
              + amount
              + " failed"
              + (e.failure() == null ? "" : " (" + e.failure() + ")")
              + "; the money is back in your wallet.");
    }

    @Override
    public List<Notice> budgetThresholdReached(BudgetThresholdReached e) {
      Project project = em.find(Project.class, e.projectId());
      if (project == null) {
        return List.of();
      }
      var type = NoticeType.BudgetThresholdReached;
      String budget = project.budgetText() == null ? "" : " (" + project.budgetText() + ")";
      String reached =
          e.threshold() >= 100
              ? " has used its whole budget" + budget + "."
              : " has used " + e.threshold() + " % of its budget" + budget + ".";
      List<Notice> notices = new ArrayList<>();
      notices.add(
          new Notice(
              e.freelancerId(),
              type,
              "“" + project.getName() + "”" + reached,
              "/app/desk/project.xhtml?id=" + project.getId()));
      if (e.clientMemberId() != null) {
        // the client sees the freelancer's contract, not the freelancer's desk
        notices.add(
            new Notice(
                e.clientMemberId(),
                type,
                "“" + project.getName() + "” by " + directory.name(e.freelancerId()) + reached,
                project.getContractId() == null
                    ? "/app"
                    : "/app/contract.xhtml?id=" + project.getContractId()));
      }
      return notices;
    }

    @Override
    public List<Notice> timeSubmitted(TimeSubmitted e) {
      Project project = em.find(Project.class, e.projectId());
      if (project == null) {
        return List.of();
      }
      return List.of(
          new Notice(
              e.clientMemberId(),
              NoticeType.TimeSubmitted,
              directory.name(e.freelancerId())
                  + " submitted "
                  + TimeEntry.entries(e.entries(), e.seconds())
                  + " on “"
                  + project.getName()
                  + "” for your approval.",
              APPROVALS));
    }

    @Override
    public List<Notice> timeApproved(TimeApproved e) {
      Project project = em.find(Project.class, e.projectId());
      if (project == null) {
        return List.of();
      }
      var type = NoticeType.TimeApproved;
      String time = TimeEntry.entries(e.entries(), e.seconds());
      String name = "“" + project.getName() + "”";
      if (e.actorId() != null) {
        return List.of(
            new Notice(
                e.freelancerId(),
                type,
                directory.name(e.actorId())
                    + " approved "
                    + time
                    + " on "
                    + name
                    + (e.comment() == null ? "." : ": “" + e.comment() + "”"),
                timePage(e.week())));
      }
      // nobody answered: both sides hear that the workspace approved it
      String why = e.comment() == null ? "Approved automatically" : e.comment();
      return List.of(
          new Notice(
              e.freelancerId(), type, why + ": " + time + " on " + name + ".", timePage(e.week())),
          new Notice(
              e.clientMemberId(),
              type,
              why + ": " + time + " by " + directory.name(e.freelancerId()) + " on " + name + ".",
              APPROVALS));
    }

    @Override
    public List<Notice> timeRejected(TimeRejected e) {
      Project project = em.find(Project.class, e.projectId());
      if (project == null) {
        return List.of();
      }
      return List.of(
          new Notice(
              e.freelancerId(),
              NoticeType.TimeRejected,
              directory.name(e.clientMemberId())
                  + " rejected "
                  + TimeEntry.entries(e.entries(), e.seconds())
                  + " on “"
                  + project.getName()
                  + "”: “"
                  + e.comment()
                  + "”. Fix it and submit it again.",
              timePage(e.week())));
    }

    private static String timePage(String week) {
      return "/app/desk/time.xhtml?week=" + week;
    }

    @Override
    public List<Notice> hourlyWeekFunded(HourlyWeekFunded e) {
      String amount = Money.of(e.amount(), e.currency()).format();
      return contract(
          e.contractId(),
          null,
          null,
          c ->
              List.of(
                  c.to(
                      c.freelancer(),
                      NoticeType.HourlyWeekFunded,
                      "The week of "
                          + e.weekStart()
                          + " on "
                          + c.title()
                          + " is funded: "
                          + amount
                          + " is held in escrow for up to "
                          + c.contract().getWeeklyCapHours()
                          + " h.")));
    }

    @Override
    public List<Notice> hourlyContractPaused(HourlyContractPaused e) {
      var type = NoticeType.HourlyContractPaused;
      String amount = Money.of(e.amount(), e.currency()).format();
      return contract(
          e.contractId(),
          null,
          null,
          c ->
              List.of(
                  c.to(
                      c.freelancer(),
                      type,
                      c.title()
                          + " is paused: the client's wallet does not cover the escrow of the week"
                          + " of "
                          + e.weekStart()
                          + " ("
                          + amount
                          + "). No time can be tracked on it until it is funded."),
                  new Notice(
                      c.client(),
                      type,
                      "Top up your wallet: the escrow of "
                          + amount
                          + " for the week of "
                          + e.weekStart()
                          + " on "
                          + c.title()
                          + " could not be held, so the contract is paused. It resumes once"
                          + " your wallet covers it.",
                      "/app/wallet.xhtml")));
    }

    @Override
    public List<Notice> invoiceIssued(InvoiceIssued e) {
      return documents.issued(e);
    }

    @Override
    public List<Notice> paymentReceived(PaymentReceived e) {
      return documents.paymentReceived(e);
    }

    @Override
    public List<Notice> invoiceOverdue(InvoiceOverdue e) {
      return documents.overdue(e);
    }

    @Override
    public List<Notice> invoiceReminder(InvoiceReminder e) {
      return documents.reminder(e);
    }

    @Override
    public List<Notice> quoteSent(QuoteSent e) {
      return documents.quoteSent(e);
    }

    @Override
    public List<Notice> quoteAccepted(QuoteAccepted e) {
      return documents.quoteAccepted(e);
    }

    @Override
    public List<Notice> quoteRejected(QuoteRejected e) {
      return documents.quoteRejected(e);
    }

    @Override
    public List<Notice> subscriptionBillingFailed(SubscriptionBillingFailed e) {
      String text =
          "The payment of "
              + Money.of(e.amount(), e.currency()).format()
              + " for your "
              + e.plan()
              + " subscription failed"
              + (e.failure() == null ? "" : " (" + e.failure() + ")")
              + (e.nextTryOn() == null
                  ? ". After the last try, the subscription is cancelled."
                  : ". We will try again on "
                      + e.nextTryOn()
                      + ": please make sure it can be paid.");
      return List.of(
          e.memberId() != null
              ? new Notice(
                  e.memberId(), NoticeType.SubscriptionBillingFailed, text, "/app/wallet.xhtml")
              : Notice.toOutsider(
                  new Notice.Outsider(e.email(), e.name()),
                  NoticeType.SubscriptionBillingFailed,
                  text,
                  List.of()));
    }

    private List<Notice> wallet(long memberId, NoticeType type, String text) {
      return List.of(new Notice(memberId, type, text, "/app/wallet.xhtml"));
    }

    /** The notices about a contract, or none if it is gone. */
    private List<Notice> contract(
        long contractId,
        Long actor,
        Long milestoneId,
        Function<ContractNews, List<Notice>> notices) {
      Contract c = em.find(Contract.class, contractId);
      if (c == null) {
        return List.of();
      }
      Milestone m =
          milestoneId == null
              ? null
              : c.getMilestones().stream()
                  .filter(x -> x.getId() == milestoneId.longValue())
                  .findFirst()
                  .orElse(null);
      return notices.apply(
          new ContractNews(c, m, actor, actor == null ? "The workspace" : directory.name(actor)));
    }
  }

  /** A contract as its notices speak of it. */
  private record ContractNews(Contract contract, Milestone m, Long actor, String who) {

    String title() {
      return "“" + contract.getTitle() + "”";
    }

    String milestone() {
      return m == null ? "A milestone" : "“" + m.getTitle() + "”";
    }

    String money() {
      return m == null ? "" : " (" + m.getAmount().format() + ")";
    }

    long client() {
      return contract.getClientId();
    }

    long freelancer() {
      return contract.getFreelancerId();
    }

    /** The side that did not act. */
    long other() {
      return actor != null && actor == client() ? freelancer() : client();
    }

    Notice to(long recipient, NoticeType type, String text) {
      return new Notice(recipient, type, text, "/app/contract.xhtml?id=" + contract.getId());
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
