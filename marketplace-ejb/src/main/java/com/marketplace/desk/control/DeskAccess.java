package com.marketplace.desk.control;

import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.identity.control.Caller;
import com.marketplace.platform.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The desk's one visibility rule: a client or project exists only for the freelancer whose book it
 * is in. Anyone else, in this workspace or another (whose rows the tenant filter hides anyway),
 * gets "not found", never a refusal that would tell them it is there.
 */
@Dependent
public class DeskAccess {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;

  public DeskClient client(long clientId) {
    return client(em.find(DeskClient.class, clientId));
  }

  /** The client, its row locked for a change. */
  public DeskClient clientForUpdate(long clientId) {
    return client(em.find(DeskClient.class, clientId, LockModeType.PESSIMISTIC_WRITE));
  }

  public Project project(long projectId) {
    return project(em.find(Project.class, projectId));
  }

  /** The project, its row locked for a change. */
  public Project projectForUpdate(long projectId) {
    return project(em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE));
  }

  private DeskClient client(DeskClient found) {
    if (found == null || !found.ownedBy(me())) {
      throw new NotFoundException("There is no such client.");
    }
    return found;
  }

  private Project project(Project found) {
    if (found == null || !found.ownedBy(me())) {
      throw new NotFoundException("There is no such project.");
    }
    return found;
  }

  public long me() {
    return caller.ref().memberId();
  }
}
