/**
 * The search in the header: one text looked up across what the member may see, grouped by kind (the
 * freelancer's clients and projects, jobs, contracts). It asks each feature's own boundary, which
 * applies that feature's visibility rule; no feature knows of the search.
 */
package com.marketplace.search;
