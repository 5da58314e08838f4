package com.marketplace.identity.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Display names of the workspace's members, for pages that show who did what. */
@Stateless
public class Directory {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  /** Names looked up once for a page; a member who is gone reads as "Former member". */
  public record Names(Map<Long, String> byId) {
    public String of(long memberId) {
      return byId.getOrDefault(memberId, "Former member");
    }
  }

  public Names names(Collection<Long> memberIds) {
    Map<Long, String> names = new HashMap<>();
    if (!memberIds.isEmpty()) {
      em.createQuery("SELECT m.id, m.displayName FROM Member m WHERE m.id IN :ids", Object[].class)
          .setParameter("ids", memberIds)
          .getResultList()
          .forEach(r -> names.put((Long) r[0], (String) r[1]));
    }
    return new Names(names);
  }

  public String name(long memberId) {
    return names(List.of(memberId)).of(memberId);
  }
}
