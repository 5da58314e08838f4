package com.marketplace.platform.transaction;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * Refuses to deploy a {@link Boundary} whose class would let the container start the transaction
 * (the default, {@code REQUIRED}): its calls could then never be run again after a lost race.
 */
public class BoundaryDeclarations implements Extension {

  <T> void check(@Observes @WithAnnotations(Boundary.class) ProcessAnnotatedType<T> type) {
    Class<T> bean = type.getAnnotatedType().getJavaClass();
    TransactionAttribute declared = bean.getAnnotation(TransactionAttribute.class);
    if (!bean.isAnnotationPresent(jakarta.interceptor.Interceptor.class)
        && (declared == null || declared.value() != TransactionAttributeType.SUPPORTS)) {
      throw new DeploymentException(
          bean.getName() + " is a @Boundary and must declare @TransactionAttribute(SUPPORTS)");
    }
  }
}
