package com.marketplace.contracts.control;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.Submission;
import com.marketplace.files.control.FileReaders;
import com.marketplace.files.entity.FileOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Delivered work is read by whoever may see its contract. */
@ApplicationScoped
public class SubmissionFiles implements FileReaders {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Override
  public FileOwner owner() {
    return Submission.FILES;
  }

  @Override
  public boolean mayRead(long submissionId, long memberId, boolean workspaceOwner) {
    return Optional.ofNullable(em.find(Submission.class, submissionId))
        .map(s -> em.find(Contract.class, s.getContractId()))
        .map(c -> c.visibleTo(memberId, workspaceOwner))
        .orElse(false);
  }
}
