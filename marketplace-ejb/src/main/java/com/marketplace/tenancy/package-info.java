/**
 * Tenancy: the businesses that run a marketplace workspace, their sign-up, branding and rules.
 *
 * <p>Tenants are resolved from a path slug for public pages ({@code /t/{slug}/...}) and from the
 * signed-in principal afterwards; a signed-in member of one tenant is refused on another tenant's
 * pages and boundaries. The mechanism that scopes every boundary call to one tenant is shared
 * infrastructure in {@link com.marketplace.platform.tenant}.
 */
package com.marketplace.tenancy;
