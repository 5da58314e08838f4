package com.marketplace.jobs.control;

import com.marketplace.files.control.FileReaders;
import com.marketplace.files.entity.FileOwner;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.Proposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** A proposal's attachments are read by whoever may see the proposal. */
@ApplicationScoped
public class ProposalFiles implements FileReaders {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Override
  public FileOwner owner() {
    return Proposal.FILES;
  }

  @Override
  public boolean mayRead(long proposalId, long memberId, boolean workspaceOwner) {
    return Optional.ofNullable(em.find(Proposal.class, proposalId))
        .map(p -> p.visibleTo(em.find(Job.class, p.getJobId()), memberId, workspaceOwner))
        .orElse(false);
  }
}
