/**
 * Identity: members of a tenant (owner, clients, freelancers), their credentials and sign-in.
 *
 * <p>A member belongs to exactly one tenant and their email is unique within it. Passwords are
 * hashed with Jakarta Security's PBKDF2 implementation. The caller principal's name is a {@link
 * com.marketplace.platform.tenant.MemberRef} ({@code tenantId/memberId}) and the member's role is
 * its group, so {@code @RolesAllowed} on boundaries and the view access rules both work from it.
 *
 * <p>It also owns the workspace's API tokens: the owner makes them for programs, which then read
 * the API as an {@link com.marketplace.platform.tenant.ApiClientRef} in the group {@code API},
 * granted only by the boundary methods that name it.
 */
package com.marketplace.identity;
