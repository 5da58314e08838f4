/**
 * Hourly marketplace contracts paid through weekly escrow (H4). A contract hired on an hourly job
 * has a rate and a weekly cap of hours (both the contract's); this feature runs its weeks: a
 * contract week is [Monday 00:00, next Monday) in UTC, since workspaces have no time zone yet.
 *
 * <p>At the start of each week (at the hire for the first one, then by the scan) {@code cap × rate}
 * is held from the client's wallet into escrow under the key {@code
 * week-hold:contract:C:week:YYYY-MM-DD}. When the wallet cannot cover it nothing moves and the
 * contract pauses: the freelancer hears of it, the client is asked to top up; every scan (after a
 * minute) and the client's "Resume" try again. Time on the contract's desk project is limited
 * through the desk's {@link com.marketplace.desk.control.TimeLimits}: none on a paused contract or
 * in a week that is not funded or closed, and never beyond the week's cap.
 *
 * <p>The client's decisions on time ({@link com.marketplace.desk.entity.TimeDecided}, observed in
 * the deciding transaction) release each approved entry's hours × rate, rounded half-even to minor
 * units, from the hold of the week the entry started in, to the freelancer minus the workspace's
 * fee (the milestones' rule), under a key of contract, week and entry, so an entry is paid once
 * however often its decision is announced; rejected entries release nothing. When a week is over
 * and none of its entries is a draft, submitted or running, the scan refunds the rest of the hold
 * to the client and closes the week.
 *
 * <p>Built on contracts, the ledger and the desk; none of them knows this feature. The contract's
 * page and API ask it for the weeks.
 */
package com.marketplace.hourly;
