package com.marketplace.subscriptions.entity;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A plan the workspace sells (S1). Its price is what the next period of each subscriber costs: a
 * change never touches a period already billed. Archived, it takes no new subscribers; those it has
 * keep it.
 */
@Entity
@Table(name = "plan")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Plan {

  public static final int NAME_MAX = 80;
  public static final int DESCRIPTION_MAX = 500;
  public static final int TRIAL_DAYS_MAX = 365;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  private String description;

  /** Minor units of the currency, per period. */
  @Column(nullable = false)
  private long price;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_interval", nullable = false)
  private BillingInterval interval;

  @Column(name = "trial_days", nullable = false)
  private int trialDays;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Plan() {}

  public Plan(PlanTerms terms, String currency, Instant now) {
    this.currency = Money.currency(currency).getCurrencyCode();
    this.active = true;
    this.createdAt = now;
    change(terms);
  }

  /** New terms; the price applies from each subscriber's next period. */
  public void change(PlanTerms terms) {
    this.name = Texts.required(terms.name(), "plan's name", NAME_MAX);
    this.description = Texts.optional(terms.description(), "description", DESCRIPTION_MAX);
    if (terms.price() <= 0) {
      throw new InvalidInputException("The price must be more than 0.");
    }
    if (terms.price() > Money.MAX_MINOR_UNITS) {
      throw new InvalidInputException("The price is too large.");
    }
    if (terms.interval() == null) {
      throw new InvalidInputException("Choose whether the plan bills monthly or yearly.");
    }
    if (terms.trialDays() < 0 || terms.trialDays() > TRIAL_DAYS_MAX) {
      throw new InvalidInputException(
          "The trial is 0 to " + TRIAL_DAYS_MAX + " days (0: no trial).");
    }
    this.price = terms.price();
    this.interval = terms.interval();
    this.trialDays = terms.trialDays();
  }

  public void archive() {
    this.active = false;
  }

  public void restore() {
    this.active = true;
  }

  /** Refuses new subscribers when archived. */
  public void requireActive() {
    if (!active) {
      throw new ConflictException(
          "The plan “" + name + "” is archived: it takes no new subscribers.");
    }
  }

  public Money money() {
    return Money.of(price, currency);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public long getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public BillingInterval getInterval() {
    return interval;
  }

  public int getTrialDays() {
    return trialDays;
  }

  public boolean isActive() {
    return active;
  }
}
