package com.marketplace.platform.tenant;

import com.marketplace.platform.AccessDeniedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Interceptor of every enterprise bean (bound by {@link TenantScopeExtension}): scopes the
 * transaction's persistence context to the caller's tenant before the business method runs.
 *
 * <p>The signed-in principal (a member, or a program with an API token) decides the tenant; the
 * {@link TenantContext} is used only for anonymous calls (public pages, message consumers). A
 * signed-in caller acting on another tenant's context is refused.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class TenantFilter {

  @Inject EntityManager em;

  @Inject TenantContext context;

  @Inject Principal principal;

  @AroundInvoke
  public Object scope(InvocationContext invocation) throws Exception {
    Optional<Long> callerTenant = CallerTenant.of(principal);
    Optional<Long> requested = context.current();
    if (callerTenant.isPresent() && requested.isPresent() && !callerTenant.equals(requested)) {
      throw new AccessDeniedException("You are signed in to a different workspace.");
    }
    callerTenant.or(() -> requested).ifPresent(id -> scopeTo(em, id));
    return invocation.proceed();
  }

  /** Sets the tenant on a persistence context; queries on tenant-owned entities filter by it. */
  public static void scopeTo(EntityManager em, long tenantId) {
    em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, Long.toString(tenantId));
  }
}
