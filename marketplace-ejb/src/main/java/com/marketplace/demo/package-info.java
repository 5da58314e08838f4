/**
 * Demo data: two workspaces seeded on the first start of the quick start, through the same
 * boundaries and entities the features use. It sits above every feature it seeds, so no feature
 * depends on it.
 */
package com.marketplace.demo;
