package com.marketplace.platform.tenant;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * Scopes every enterprise bean of the application to its caller's tenant: adds {@link TenantScoped}
 * to each stateless, singleton and message-driven bean as the container discovers it. The same in
 * the WAR on Payara Micro and in the EAR on a full server.
 */
public class TenantScopeExtension implements Extension {

  <T> void scope(
      @Observes @WithAnnotations({Stateless.class, Singleton.class, MessageDriven.class})
          ProcessAnnotatedType<T> type) {
    if (type.getAnnotatedType().getJavaClass().getPackageName().startsWith("com.marketplace")) {
      type.configureAnnotatedType().add(TenantScoped.Literal.INSTANCE);
    }
  }
}
