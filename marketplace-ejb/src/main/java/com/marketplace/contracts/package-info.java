/**
 * Contracts (M4–M9): hiring creates one; its milestones are funded into escrow (a ledger hold)
 * before work starts, submitted with deliverables, approved (released minus the fee), sent back for
 * changes, released automatically after the workspace's days of client silence, disputed and
 * resolved by the owner, cancelled by agreement; afterwards each side may review the other.
 *
 * <p>The lifecycle is an explicit state machine in {@link
 * com.marketplace.contracts.entity.Contract}: every action names the states it may start from and
 * the parties who may take it; anything else is refused with a message saying what is allowed now.
 * Money moves only through the ledger, in the same transaction as the state change, under
 * idempotency keys derived from the milestone, so nothing is released twice.
 */
package com.marketplace.contracts;
