package com.marketplace.identity.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Display names of the workspace's members, for pages that show who did what. */
@Stateless
public class Directory {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  public Map<Long, String> names(Collection<Long> memberIds) {
    Map<Long, String> names = new HashMap<>();
    if (memberIds.isEmpty()) {
      return names;
    }
    em.createQuery("SELECT m.id, m.displayName FROM Member m WHERE m.id IN :ids", Object[].class)
        .setParameter("ids", memberIds)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }

  public String name(long memberId) {
    return names(java.util.List.of(memberId)).getOrDefault(memberId, "Former member");
  }
}
