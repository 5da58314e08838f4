/**
 * The ledger: double-entry accounts and immutable journal entries, holds (two-phase transfers) and
 * the auditor of their invariants. Every other feature moves money only through {@link
 * com.marketplace.ledger.boundary.Ledger}.
 *
 * <p>Sign convention: an account's balance is the sum of its postings. Money a member, an escrow or
 * the tenant holds is positive; the {@code WORLD} account of a payment provider goes negative by
 * what entered the system through it. So every entry, and the sum of all balances of a tenant and
 * currency, is zero.
 *
 * <p>Concurrency: a command locks the hold it resolves, then its accounts in ascending id order
 * ({@code SELECT ... FOR UPDATE}), so commands on the same accounts serialise and never wait on
 * each other in a cycle. Idempotency: each command writes exactly one journal entry, unique per
 * (tenant, idempotency key); a replay finds that entry and moves nothing, a concurrent replay loses
 * the insert race and is answered from the winner's entry.
 *
 * <p>Fees: the platform fee of a release is computed in minor units, rounded half-even; the
 * remainder stays with the freelancer, so the postings sum to exactly zero.
 */
package com.marketplace.ledger;
