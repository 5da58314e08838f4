package com.marketplace.files.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.Submission;
import com.marketplace.conversations.control.ConversationAccess;
import com.marketplace.conversations.entity.Conversation;
import com.marketplace.conversations.entity.ConversationMessage;
import com.marketplace.files.control.ContentStore;
import com.marketplace.files.entity.StoredFile;
import com.marketplace.identity.control.Caller;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Downloads: a file is served only to those who may see what it is attached to (a deliverable to
 * the contract's two parties and the owner, a proposal's attachment to its freelancer, the job's
 * client and the owner, job attachments and portfolios to the workspace's members). To anyone else
 * it does not exist.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Files {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject ConversationAccess conversations;
  @Inject ContentStore content;
  @Resource SessionContext session;

  public record Download(String name, String mediaType, long size, Path content) {}

  public Download open(long fileId) {
    StoredFile file =
        Optional.ofNullable(em.find(StoredFile.class, fileId))
            .filter(this::mayRead)
            .orElseThrow(() -> new NotFoundException("There is no such file."));
    return new Download(
        file.getName(), file.getMediaType(), file.getSize(), content.path(file.getSha256()));
  }

  /**
   * The owner sees the workspace's files, except message attachments: those follow the rule of
   * their conversation (the owner reads only disputed ones).
   */
  private boolean mayRead(StoredFile file) {
    boolean owner = session.isCallerInRole(OWNER);
    long me = caller.ref().memberId();
    return switch (file.getOwnerKind()) {
      case JOB, PORTFOLIO -> true;
      case PROPOSAL ->
          owner
              || Optional.ofNullable(em.find(Proposal.class, file.getOwnerId()))
                  .map(
                      p ->
                          p.getFreelancerId() == me
                              || em.find(Job.class, p.getJobId()).getClientId() == me)
                  .orElse(false);
      case SUBMISSION ->
          owner
              || Optional.ofNullable(em.find(Submission.class, file.getOwnerId()))
                  .map(s -> em.find(Contract.class, s.getContractId()))
                  .map(c -> c.sideOf(me).isPresent())
                  .orElse(false);
      case MESSAGE ->
          Optional.ofNullable(em.find(ConversationMessage.class, file.getOwnerId()))
              .map(m -> em.find(Conversation.class, m.getConversationId()))
              .map(c -> conversations.mayRead(c, me, owner))
              .orElse(false);
    };
  }
}
