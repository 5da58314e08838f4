package com.marketplace.desk.entity;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.Texts;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A freelancer's project for one of their clients (H2): status, hourly rate, an optional budget in
 * hours or money with alerts at 75 %, 90 % and 100 % (each sent once), and a deadline. Every change
 * is answered as the changes it made, for the project's history.
 */
@Entity
@Table(name = "desk_project")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Project {

  public static final int NAME_MAX = 120;
  public static final int DESCRIPTION_MAX = 4000;

  /** The largest budget in hours, in minutes: a hundred thousand hours. */
  public static final long BUDGET_MINUTES_MAX = 100_000L * 60;

  /** The budget alerts, in percent of the budget used. */
  public static final int[] THRESHOLDS = {75, 90, 100};

  /** A change as the history keeps it. */
  public record Change(String field, String before, String after) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "freelancer_id", nullable = false, updatable = false)
  private long freelancerId;

  @Column(name = "client_id", nullable = false)
  private long clientId;

  @Column(nullable = false)
  private String name;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectStatus status;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "rate", nullable = false))
  private Money rate;

  @Column(name = "budget_minutes")
  private Long budgetMinutes;

  @Column(name = "budget_amount")
  private Long budgetAmount;

  @Column(name = "alerts_sent", nullable = false)
  private int alertsSent;

  private LocalDate deadline;

  @Column(name = "contract_id", updatable = false)
  private Long contractId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Project() {}

  public Project(long freelancerId, long clientId, ProjectPlan plan, Long contractId, Instant now) {
    this.freelancerId = freelancerId;
    this.clientId = clientId;
    this.contractId = contractId;
    this.status = contractId == null ? ProjectStatus.IDEA : ProjectStatus.IN_PROGRESS;
    this.createdAt = now;
    if (plan.rate() == null || !plan.rate().isPositive()) {
      throw new InvalidInputException("The hourly rate must be greater than zero.");
    }
    this.rate = plan.rate();
    apply(plan);
  }

  /** Changes what the project is agreed as; the rate keeps its currency. */
  public List<Change> replan(ProjectPlan plan) {
    var before = Arrays.asList(name, description, rate.toString(), budgetText(), text(deadline));
    if (plan.rate() == null || !plan.rate().isPositive()) {
      throw new InvalidInputException("The hourly rate must be greater than zero.");
    }
    Money newRate = plan.rate().requireCurrency(rate.currency());
    apply(plan);
    this.rate = newRate;
    var after = Arrays.asList(name, description, rate.toString(), budgetText(), text(deadline));
    var fields = List.of("name", "description", "rate", "budget", "deadline");
    var changes = new ArrayList<Change>();
    for (int i = 0; i < fields.size(); i++) {
      if (!Objects.equals(before.get(i), after.get(i))) {
        changes.add(new Change(fields.get(i), before.get(i), after.get(i)));
      }
    }
    return changes;
  }

  private void apply(ProjectPlan plan) {
    this.name = Texts.required(plan.name(), "project's name", NAME_MAX);
    this.description = Texts.optional(plan.description(), "description", DESCRIPTION_MAX);
    if (plan.budgetMinutes() != null && plan.budgetAmount() != null) {
      throw new InvalidInputException("A budget is in hours or in money, not both.");
    }
    if (plan.budgetMinutes() != null && plan.budgetMinutes() <= 0) {
      throw new InvalidInputException("A budget in hours must be more than zero.");
    }
    if (plan.budgetMinutes() != null && plan.budgetMinutes() > BUDGET_MINUTES_MAX) {
      throw new InvalidInputException(
          "A budget in hours may be at most " + BUDGET_MINUTES_MAX / 60 + " hours.");
    }
    if (plan.budgetAmount() != null && !plan.budgetAmount().isPositive()) {
      throw new InvalidInputException("A budget in money must be more than zero.");
    }
    Long newBudgetAmount =
        plan.budgetAmount() == null
            ? null
            : plan.budgetAmount().requireCurrency(plan.rate().currency()).minorUnits();
    if (!Objects.equals(budgetMinutes, plan.budgetMinutes())
        || !Objects.equals(budgetAmount, newBudgetAmount)) {
      alertsSent = 0; // a new budget is watched afresh
    }
    this.budgetMinutes = plan.budgetMinutes();
    this.budgetAmount = newBudgetAmount;
    this.deadline = plan.deadline();
  }

  /** Moves the project to another stage; nothing changes when it is there already. */
  public List<Change> moveTo(ProjectStatus next) {
    if (next == null) {
      throw new InvalidInputException("Choose a status.");
    }
    if (next == status) {
      return List.of();
    }
    var change = new Change("status", status.label(), next.label());
    status = next;
    return List.of(change);
  }

  /** Moves the project to another client of the same freelancer. */
  public List<Change> reassign(long newClientId, String fromName, String toName) {
    if (newClientId == clientId) {
      return List.of();
    }
    clientId = newClientId;
    return List.of(new Change("client", fromName, toName));
  }

  /**
   * The budget alerts now due, given the minutes tracked and what they are worth, each answered
   * once: a threshold that was alerted stays quiet until the budget changes.
   */
  public List<Integer> thresholdsReached(long minutesUsed, Money valueUsed) {
    OptionalLong used = percentUsed(minutesUsed, valueUsed);
    if (used.isEmpty()) {
      return List.of();
    }
    long percent = used.getAsLong();
    var due = new ArrayList<Integer>();
    for (int i = 0; i < THRESHOLDS.length; i++) {
      int bit = 1 << i;
      if (percent >= THRESHOLDS[i] && (alertsSent & bit) == 0) {
        alertsSent |= bit;
        due.add(THRESHOLDS[i]);
      }
    }
    return due;
  }

  /**
   * How much of the budget the tracked time uses, in whole percent (rounded down, beyond 100 when
   * overrun): of the hours for a budget in hours, of the money for one in money; none without a
   * budget.
   */
  public OptionalLong percentUsed(long minutesUsed, Money valueUsed) {
    if (budgetMinutes != null) {
      return OptionalLong.of(minutesUsed * 100 / budgetMinutes);
    }
    if (budgetAmount != null) {
      return OptionalLong.of(
          valueUsed.requireCurrency(rate.currency()).minorUnits()
              * 100
              / Math.max(1, budgetAmount));
    }
    return OptionalLong.empty();
  }

  /**
   * Refuses to delete the project while something hangs on it: the marketplace contract it was
   * opened for, or time tracked on it (kept for approvals and invoices).
   */
  public void requireDeletable(long entries) {
    if (contractId != null) {
      throw new ConflictException(
          "“" + name + "” belongs to a marketplace contract and stays with it.");
    }
    if (entries > 0) {
      throw new ConflictException(
          "“" + name + "” has tracked time and is kept. Mark it completed instead.");
    }
  }

  /** Past its deadline and not completed. */
  public boolean overdue(LocalDate today) {
    return deadline != null && deadline.isBefore(today) && status != ProjectStatus.COMPLETED;
  }

  public void requireOpenForTime() {
    if (!status.open()) {
      throw new com.marketplace.platform.ConflictException(
          "“" + name + "” is completed: no more time can be tracked on it.");
    }
  }

  public boolean ownedBy(long memberId) {
    return freelancerId == memberId;
  }

  /** The budget as people read it ("10 h", "7 h 30 min", "EUR 1000.00"), or null without one. */
  public String budgetText() {
    if (budgetMinutes != null) {
      return budgetMinutes / 60
          + " h"
          + (budgetMinutes % 60 == 0 ? "" : " " + budgetMinutes % 60 + " min");
    }
    return budgetAmount == null ? null : Money.of(budgetAmount, rate.currency()).toString();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  public Long getId() {
    return id;
  }

  public long getFreelancerId() {
    return freelancerId;
  }

  public long getClientId() {
    return clientId;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public Money getRate() {
    return rate;
  }

  public Long getBudgetMinutes() {
    return budgetMinutes;
  }

  public Money getBudgetAmount() {
    return budgetAmount == null ? null : Money.of(budgetAmount, rate.currency());
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Long getContractId() {
    return contractId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
