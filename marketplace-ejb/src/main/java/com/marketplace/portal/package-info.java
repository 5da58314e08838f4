/**
 * The client portal (P1–P7): the place a workspace's customers — a freelancer's CRM clients,
 * subscription customers and client members — see what is addressed to them.
 *
 * <p>A portal account is a member with role {@code PORTAL}, one per (workspace, email), made by
 * {@code ContactAccounts} without a usable password for every CRM client and subscription customer
 * with an email nobody in the workspace has, in the transaction that writes the client or customer
 * with that email (the CDI event {@code CustomerContact}, fired by desk and subscriptions); {@code
 * PortalAccounts} makes those written otherwise, at deployment (the backfill) and by a scan every
 * {@code marketplace.portal.accounts-scan-seconds} (60). A CRM client without a member is linked to
 * its portal account, so the desk's time approval applies to it unchanged. A client member with the
 * same email is the same person and uses their own account; they see the portal pages too, with
 * what names them.
 *
 * <p>What a portal account sees is decided by the feature that owns it: invoices and quotes whose
 * recipient email is the account's (any issuer; {@code InvoiceAccess}, {@code QuoteAccess}), time
 * on projects of CRM clients linked to it ({@code TimeApprovals}), subscriptions of the customer
 * with its email, or for a client member of the customer made of them ({@code SubscriptionAccess}).
 * Anything else answers "not found". The portal's API acts through the same boundaries as its
 * pages, so it keeps their rules and limits.
 *
 * <p>The owner opens or closes the portal ({@code tenant.portal_enabled}, on by default, also for
 * the workspaces there were before it): closed, the portal's pages, sign-in and API answer 404 and
 * portal accounts cannot sign in anywhere. The owner also writes the help page, Markdown rendered
 * by commonmark and cleaned by the OWASP sanitizer ({@code HelpText}).
 */
package com.marketplace.portal;
