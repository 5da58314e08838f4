package com.marketplace.contracts.control;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractAction;
import com.marketplace.contracts.entity.ContractEvent;
import com.marketplace.contracts.entity.ContractMatch;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.contracts.entity.ContractView;
import com.marketplace.contracts.entity.Dispute;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.contracts.entity.Party;
import com.marketplace.contracts.entity.Review;
import com.marketplace.contracts.entity.ReviewView;
import com.marketplace.contracts.entity.Submission;
import com.marketplace.files.control.FileStore;
import com.marketplace.identity.control.Directory;
import com.marketplace.platform.Money;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A contract as its parties and the owner see it: milestones, submissions with their files, the
 * dispute, reviews, the history with names, and what the viewer may do now. Built once per request,
 * in the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ContractViews {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Directory directory;
  @Inject FileStore files;

  /** The contract as {@code me} sees it (the workspace's owner when {@code owner}). */
  public ContractView of(Contract c, long me, boolean owner) {
    Party side = c.sideOf(me).orElse(Party.OWNER);
    var events =
        em.createQuery(
                "SELECT e FROM ContractEvent e WHERE e.contractId = :c ORDER BY e.createdAt, e.id",
                ContractEvent.class)
            .setParameter("c", c.getId())
            .getResultList();
    var submissions =
        em.createQuery(
                "SELECT s FROM Submission s WHERE s.contractId = :c ORDER BY s.createdAt, s.id",
                Submission.class)
            .setParameter("c", c.getId())
            .getResultList();
    var reviews =
        em.createQuery(
                "SELECT r FROM Review r WHERE r.contractId = :c ORDER BY r.createdAt", Review.class)
            .setParameter("c", c.getId())
            .getResultList();
    var dispute = disputes(c).stream().findFirst();
    Set<Long> people = new HashSet<>(List.of(c.getClientId(), c.getFreelancerId()));
    events.stream().map(ContractEvent::getActorId).filter(a -> a != null).forEach(people::add);
    dispute.map(Dispute::getResolvedBy).ifPresent(people::add);
    var names = directory.names(people);
    var filesBySubmission =
        files.of(Submission.FILES, submissions.stream().map(Submission::getId).toList());

    boolean reviewed = reviewedBy(c, me);
    Set<ContractAction> allowed = c.allowed(side);
    if (reviewed) {
      allowed.remove(ContractAction.REVIEW);
    }

    List<ContractView.MilestoneLine> milestones = new ArrayList<>();
    for (Milestone m : c.getMilestones()) {
      milestones.add(
          new ContractView.MilestoneLine(
              m.getId(),
              m.getPosition(),
              m.getTitle(),
              m.getAmount(),
              m.getStatus(),
              m.getReviewDueAt(),
              m.getReleased()));
    }
    return new ContractView(
        c.getId(),
        c.getJobId(),
        c.getTitle(),
        c.getKind(),
        c.getCurrency(),
        c.getStatus(),
        c.getClientId(),
        names.of(c.getClientId()),
        c.getFreelancerId(),
        names.of(c.getFreelancerId()),
        c.getCreatedAt(),
        c.total(),
        c.held(),
        c.released(),
        c.current().map(Milestone::getId).orElse(null),
        milestones,
        submissions.stream()
            .map(
                s ->
                    new ContractView.SubmissionLine(
                        s.getId(),
                        s.getMilestoneId(),
                        s.getNote(),
                        names.of(s.getSubmittedBy()),
                        s.getCreatedAt(),
                        filesBySubmission.getOrDefault(s.getId(), List.of())))
            .toList(),
        events.stream()
            .map(
                e ->
                    new ContractView.HistoryLine(
                        e.getCreatedAt(),
                        e.getActorId() == null
                            ? History.automatic(e.getAction())
                            : names.of(e.getActorId()),
                        e.getAction(),
                        e.getDetail()))
            .toList(),
        dispute
            .map(
                d ->
                    new ContractView.DisputeLine(
                        d.getId(),
                        names.of(d.getOpenedBy()),
                        d.getReason(),
                        d.getOpenedAt(),
                        d.getResolution(),
                        d.getToFreelancer() == null
                            ? null
                            : Money.of(d.getToFreelancer(), c.currency()),
                        d.getToClient() == null ? null : Money.of(d.getToClient(), c.currency()),
                        d.getResolvedBy() == null ? null : names.of(d.getResolvedBy()),
                        d.getResolutionNote(),
                        d.getResolvedAt()))
            .orElse(null),
        reviews.stream()
            .map(
                r ->
                    new ReviewView(
                        r.getId(),
                        c.getId(),
                        c.getTitle(),
                        r.getAuthorId(),
                        names.of(r.getAuthorId()),
                        r.getSubjectId(),
                        r.getStars(),
                        r.getText(),
                        r.getCreatedAt()))
            .toList(),
        c.sideOf(me).orElse(owner ? Party.OWNER : null),
        allowed,
        c.getCancelRequestedBy() != null && c.getCancelRequestedBy() == me,
        c.getCancelRequestedBy() != null && c.getCancelRequestedBy() != me,
        reviewed,
        c.isPaidWeekly(),
        c.getHourlyRate(),
        c.getWeeklyCapHours(),
        c.isPaused());
  }

  /** One line per contract, with both parties' names. */
  public List<ContractSummary> summaries(List<Contract> contracts) {
    var names =
        directory.names(
            contracts.stream()
                .flatMap(c -> Stream.of(c.getClientId(), c.getFreelancerId()))
                .distinct()
                .toList());
    return contracts.stream()
        .map(
            c ->
                new ContractSummary(
                    c.getId(),
                    c.getTitle(),
                    c.getStatus(),
                    names.of(c.getClientId()),
                    names.of(c.getFreelancerId()),
                    c.total(),
                    c.held(),
                    c.released(),
                    c.getCurrency(),
                    c.getCreatedAt()))
        .toList();
  }

  /** Contracts as a search lists them: title, state and the two sides' names, nothing summed. */
  public List<ContractMatch> matches(List<Contract> contracts) {
    var names =
        directory.names(
            contracts.stream()
                .flatMap(c -> Stream.of(c.getClientId(), c.getFreelancerId()))
                .distinct()
                .toList());
    return contracts.stream()
        .map(
            c ->
                new ContractMatch(
                    c.getId(),
                    c.getTitle(),
                    c.getStatus(),
                    names.of(c.getClientId()),
                    names.of(c.getFreelancerId())))
        .toList();
  }

  public List<Dispute> disputes(Contract c) {
    return em.createNamedQuery(Dispute.OF_CONTRACT, Dispute.class)
        .setParameter("contract", c.getId())
        .getResultList();
  }

  public boolean reviewedBy(Contract c, long author) {
    return em.createQuery(
                "SELECT COUNT(r) FROM Review r WHERE r.contractId = :c AND r.authorId = :a",
                Long.class)
            .setParameter("c", c.getId())
            .setParameter("a", author)
            .getSingleResult()
        > 0;
  }
}
