/**
 * Tenancy: the businesses that run a marketplace workspace, and the one mechanism that scopes every
 * boundary call to a single tenant.
 *
 * <p>Tenants are resolved from a path slug for public pages ({@code /t/{slug}/...}) and from the
 * signed-in principal afterwards; a signed-in member of one tenant is refused on another tenant's
 * pages and boundaries. {@link com.marketplace.tenancy.control.TenantFilter} intercepts every
 * enterprise bean (bound by {@link com.marketplace.tenancy.control.TenantScopeExtension}): it sets
 * EclipseLink's tenant id on the transaction's persistence context before any boundary method runs,
 * so no query can forget the tenant predicate. Without a tenant, queries on tenant-owned entities
 * fail instead of returning other tenants' rows.
 */
package com.marketplace.tenancy;
