package com.marketplace.invoicing.entity;

import com.marketplace.platform.Money;
import java.time.LocalDate;

/**
 * An issuer's invoices on the freelancer's dashboard (H7), each figure added up by the database:
 * unpaid invoices (issued or partially paid) and what is open on them, the overdue part of those
 * (open and due before today), and the revenue of this month: payments received on the issuer's
 * invoices whose money arrived this month (UTC), by wallet, card, bank transfer or cash. Payments
 * through escrow are left out: that money was released for the work before the invoice was written
 * and is counted already where the desk shows what was earned this month.
 *
 * @param month the first day of the month the revenue is for
 */
public record IssuerFigures(
    long unpaid,
    Money unpaidAmount,
    long overdue,
    Money overdueAmount,
    LocalDate month,
    Money revenueThisMonth,
    String currency) {}
