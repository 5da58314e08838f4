/**
 * Identity: members of a tenant (owner, clients, freelancers), their credentials and sign-in.
 *
 * <p>A member belongs to exactly one tenant and their email is unique within it. Passwords are
 * hashed with Jakarta Security's PBKDF2 implementation. The caller principal's name is a {@link
 * com.marketplace.platform.tenant.MemberRef} ({@code tenantId/memberId}) and the member's role is
 * its group, so {@code @RolesAllowed} on boundaries and the view access rules both work from it.
 */
package com.marketplace.identity;
