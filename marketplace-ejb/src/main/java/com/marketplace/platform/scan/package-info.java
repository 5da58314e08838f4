/**
 * Scheduled work driven by database rows: {@link com.marketplace.platform.scan.DueWork} finds the
 * rows a {@link com.marketplace.platform.scan.Due} describes, claims each without waiting on
 * another instance, and does it in a transaction of its own. Timers only say when to look; what is
 * due lives in the rows, so a restart or a second instance changes nothing.
 */
package com.marketplace.platform.scan;
