/**
 * Tenant scoping, shared by every feature: the caller's {@link
 * com.marketplace.platform.tenant.MemberRef} carries the tenant, {@link
 * com.marketplace.platform.tenant.TenantFilter} scopes each enterprise bean call's persistence
 * context to it, and {@link com.marketplace.platform.tenant.TenantContext} names the tenant of
 * anonymous requests and message consumers.
 */
package com.marketplace.platform.tenant;
