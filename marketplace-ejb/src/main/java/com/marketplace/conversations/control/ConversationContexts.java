package com.marketplace.conversations.control;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.conversations.entity.ContextType;
import com.marketplace.conversations.entity.Conversation;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.Persistence;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * What a conversation is about and who takes part in it: the job (a freelancer's question to its
 * client), the proposal (its freelancer and the job's client) or the contract (its two sides).
 * Finds the caller's conversation of a context, or starts it once the caller is shown to take part;
 * in the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ConversationContexts {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Clock clock;
  @Resource SessionContext session;

  /** The caller's conversation about the context, started if there is none yet. */
  public Conversation findOrStart(ContextType type, long contextId, long me) {
    return find(type, contextId, me).orElseGet(() -> start(type, contextId, me));
  }

  private Optional<Conversation> find(ContextType type, long contextId, long me) {
    long freelancer = freelancerOf(type, contextId, me);
    return em.createNamedQuery(Conversation.OF_CONTEXT, Conversation.class)
        .setParameter("type", type)
        .setParameter("id", contextId)
        .setParameter("freelancer", freelancer)
        .getResultStream()
        .findFirst();
  }

  private Conversation start(ContextType type, long contextId, long me) {
    Conversation c =
        switch (type) {
          case JOB -> {
            Job job = job(contextId);
            yield new Conversation(
                type, contextId, job.getClientId(), me, job.getTitle(), clock.instant());
          }
          case PROPOSAL -> {
            Proposal p = proposal(contextId, me);
            Job job = job(p.getJobId());
            yield new Conversation(
                type,
                contextId,
                job.getClientId(),
                p.getFreelancerId(),
                "Proposal for " + job.getTitle(),
                clock.instant());
          }
          case CONTRACT -> {
            Contract contract = contract(contextId, me);
            if (contract.sideOf(me).isEmpty()) {
              throw new NotFoundException("Nobody has written about this contract yet.");
            }
            yield new Conversation(
                type,
                contextId,
                contract.getClientId(),
                contract.getFreelancerId(),
                contract.getTitle(),
                clock.instant());
          }
        };
    if (!Persistence.persistUnique(em, c)) {
      throw new ConflictException(
          "The conversation was started at the same moment; open it again.");
    }
    return c;
  }

  /** The freelancer side of the context, checking that the caller takes part in it. */
  private long freelancerOf(ContextType type, long contextId, long me) {
    return switch (type) {
      case JOB -> {
        job(contextId);
        if (!session.isCallerInRole(FREELANCER)) {
          throw new InvalidInputException(
              "A conversation about a job starts with a freelancer's question.");
        }
        yield me;
      }
      case PROPOSAL -> proposal(contextId, me).getFreelancerId();
      case CONTRACT -> contract(contextId, me).getFreelancerId();
    };
  }

  private Job job(long id) {
    return Optional.ofNullable(em.find(Job.class, id))
        .orElseThrow(() -> new NotFoundException("There is no such job."));
  }

  private Proposal proposal(long id, long me) {
    return Optional.ofNullable(em.find(Proposal.class, id))
        .filter(p -> p.hasParty(job(p.getJobId()), me))
        .orElseThrow(() -> new NotFoundException("There is no such proposal."));
  }

  private Contract contract(long id, long me) {
    return Optional.ofNullable(em.find(Contract.class, id))
        .filter(c -> c.visibleTo(me, session.isCallerInRole(OWNER)))
        .orElseThrow(() -> new NotFoundException("There is no such contract."));
  }
}
