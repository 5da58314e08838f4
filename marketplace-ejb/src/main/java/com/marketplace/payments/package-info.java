/**
 * Money in and out through payment providers, behind the {@link
 * com.marketplace.payments.control.PaymentGateway} port: the built-in sandbox (test cards, some
 * declining, one failing after a delay) and a Stripe-style provider whose signed webhooks confirm
 * payments. A top-up credits the wallet only once the provider confirms it; a withdrawal holds the
 * funds until the payout is paid (they leave) or fails (they return). Provider events are processed
 * once: a replayed or out-of-order event changes nothing.
 */
package com.marketplace.payments;
