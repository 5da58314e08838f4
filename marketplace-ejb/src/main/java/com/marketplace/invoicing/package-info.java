/**
 * Invoices (H5): one document for hourly work, milestones, hand-written lines and, later,
 * subscriptions. Other features hand it lines; it never queries them back except to take the work a
 * freelancer chooses to bill (approved time, released milestones). Numbers are gapless per issuer
 * and year; an issued invoice is printed once (PDF/A-3 with its Factur-X e-invoice) and immutable;
 * payments come from the payer's wallet, by card through the gateway, through escrow or recorded by
 * the issuer, each with a receipt. Quotes (H6) share the lines, numbers and prints: sent once under
 * their own series, accepted once into a desk project or a fixed-price contract, or rejected.
 */
package com.marketplace.invoicing;
