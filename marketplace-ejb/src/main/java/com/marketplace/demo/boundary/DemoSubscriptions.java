package com.marketplace.demo.boundary;

import com.marketplace.identity.entity.Member;
import com.marketplace.invoicing.control.InvoiceProfiles;
import com.marketplace.invoicing.entity.Issuers;
import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.entity.BillingInterval;
import com.marketplace.subscriptions.entity.Customer;
import com.marketplace.subscriptions.entity.CustomerDetails;
import com.marketplace.subscriptions.entity.Plan;
import com.marketplace.subscriptions.entity.PlanTerms;
import com.marketplace.subscriptions.entity.Subscription;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The workspace's own subscription business: its billing details as an issuer, three plans (one
 * with a trial, one yearly), customers paying by wallet (a member with money in it), by a card that
 * works and by one the sandbox declines, and subscriptions that started weeks ago, so that the
 * billing cycle {@link DemoData} runs next bills their periods, takes the money, and dunning marks
 * the declined card's past due. Called only by {@link DemoData} at first start, inside the seeded
 * workspace.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DemoSubscriptions {

  /** The sandbox's card that is charged, and the one it declines. */
  static final String CARD_OK = "4242424242424242";

  static final String CARD_DECLINED = "4000000000000002";

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoiceProfiles profiles;
  @Inject LedgerCommands ledger;
  @Inject Clock clock;

  public void seed(DemoMarketplace.Cast cast, String currency, String businessName) {
    long unit = currency.equals("JPY") ? 1 : 100;
    boolean europe = currency.equals("EUR");
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    profiles
        .forUpdate(Issuers.WORKSPACE)
        .write(
            businessName,
            europe ? "Friedrichstraße 100\n10117 Berlin" : "500 Main Street\nSpringfield, IL 62701",
            europe ? "DE" : "US",
            europe ? "DE298765432" : "45-6789012",
            "SUB",
            0,
            null,
            "");

    Plan starter =
        plan(
            "Starter",
            "Post jobs and hire, one seat.",
            29 * unit,
            BillingInterval.MONTHLY,
            0,
            currency);
    Plan team =
        plan(
            "Team",
            "Five seats, shared talent pool, priority support.",
            79 * unit,
            BillingInterval.MONTHLY,
            14,
            currency);
    Plan yearly =
        plan(
            "Team yearly",
            "Team, paid once a year: two months free.",
            790 * unit,
            BillingInterval.YEARLY,
            0,
            currency);

    // a member pays from the wallet, topped up for it
    ledger.topUp(
        "demo:subscription-top-up:" + cast.client2(),
        cast.client2(),
        Money.of(500 * unit, currency),
        "sandbox",
        "demo top-up");
    Customer chris = member(cast.client2(), europe ? "DE" : "US");
    Customer northwind =
        customer("Northwind Traders", "billing@northwind.test", europe ? "DE" : "US", CARD_OK);
    Customer harbor =
        customer("Blue Harbor Café", "accounts@blueharbor.test", europe ? "DE" : "US", CARD_OK);
    Customer kestrel =
        customer("Kestrel Labs", "finance@kestrel.test", europe ? "AT" : "US", CARD_DECLINED);
    Customer lumen = customer("Lumen Studio", "hello@lumen.test", europe ? "DE" : "US", CARD_OK);

    // started in the past: the billing cycle catches up on their periods
    subscribe(chris, starter, today.minusDays(70), now);
    subscribe(northwind, yearly, today.minusDays(40), now);
    subscribe(harbor, team, today.minusDays(50), now);
    subscribe(kestrel, starter, today.minusDays(3), now);
    subscribe(lumen, team, today.minusDays(4), now); // still in its trial
  }

  private Plan plan(
      String name,
      String description,
      long price,
      BillingInterval interval,
      int trialDays,
      String currency) {
    var plan =
        new Plan(
            new PlanTerms(name, description, price, interval, trialDays),
            currency,
            clock.instant());
    em.persist(plan);
    return plan;
  }

  private Customer member(long memberId, String country) {
    Member member = em.find(Member.class, memberId);
    var customer =
        new Customer(
            new CustomerDetails(memberId, null, null, null, country, null, null),
            member,
            clock.instant());
    em.persist(customer);
    return customer;
  }

  private Customer customer(String name, String email, String country, String card) {
    var customer =
        new Customer(
            new CustomerDetails(null, name, email, null, country, null, card),
            null,
            clock.instant());
    em.persist(customer);
    return customer;
  }

  private void subscribe(Customer customer, Plan plan, LocalDate startOn, Instant now) {
    em.flush();
    // "today" as the day it started: the demo's history is older than a new one may be backdated
    em.persist(new Subscription(customer.getId(), plan, startOn, startOn, now));
  }
}
