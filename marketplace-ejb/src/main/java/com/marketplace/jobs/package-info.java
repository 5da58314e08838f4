/**
 * The job board (M2) and proposals (M3): clients post jobs, freelancers find them by text,
 * category, skill, budget and type and apply once per job; clients shortlist, decline and hire.
 * Hiring creates a contract (see {@link com.marketplace.contracts}).
 */
package com.marketplace.jobs;
