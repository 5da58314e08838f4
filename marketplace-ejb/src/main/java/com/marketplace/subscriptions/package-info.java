/**
 * Subscriptions (S1–S6): the workspace sells plans to its customers and bills them itself. Plans
 * and customers; subscriptions with anniversary periods (clamped to the month's end), trials,
 * cancellation now or at the period's end, plan changes prorated; the billing run, which bills each
 * due period exactly once through invoicing (the workspace as issuer) and charges the customer's
 * wallet or card into the workspace's subscription revenue, with dunning when a charge fails; and
 * the owner's figures (MRR, subscribers, churn, ARPU, revenue) beside the marketplace's.
 */
package com.marketplace.subscriptions;
