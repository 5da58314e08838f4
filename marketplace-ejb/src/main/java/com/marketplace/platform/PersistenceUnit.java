package com.marketplace.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The transaction-scoped entity manager as a CDI bean, for interceptors: resource injection into
 * CDI interceptors of enterprise beans works on Payara Micro but not on Payara Server.
 */
@Dependent
public class PersistenceUnit {

  @Produces
  @PersistenceContext(unitName = "marketplace")
  EntityManager entityManager;
}
