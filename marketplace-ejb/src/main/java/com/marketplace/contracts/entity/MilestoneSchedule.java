package com.marketplace.contracts.entity;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.NotFoundException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A contract's milestones in their order, and their sums: what is held, released and owed in total,
 * which one is being worked on, and settling every held one at once. The contract owns the list and
 * decides when; this answers what.
 */
final class MilestoneSchedule {

  private final Contract contract;
  private final List<Milestone> milestones;
  private final Currency currency;

  MilestoneSchedule(Contract contract, List<Milestone> milestones, Currency currency) {
    this.contract = contract;
    this.milestones = milestones;
    this.currency = currency;
  }

  /** Adds a milestone at the end, in the contract's currency, up to the contract's limit. */
  Milestone append(MilestonePlan plan) {
    if (milestones.size() >= Contract.MAX_MILESTONES) {
      throw new ConflictException(
          "A contract has at most " + Contract.MAX_MILESTONES + " milestones.");
    }
    if (plan.amount() == null) {
      throw new InvalidInputException("A milestone's amount must be greater than zero.");
    }
    plan.amount().requireCurrency(currency);
    var milestone = new Milestone(contract, milestones.size() + 1, plan.title(), plan.amount());
    milestones.add(milestone);
    return milestone;
  }

  /** The milestone being worked on: the first one not settled. */
  Optional<Milestone> current() {
    return milestones.stream().filter(m -> !m.getStatus().settled()).findFirst();
  }

  Milestone milestone(long milestoneId) {
    return milestones.stream()
        .filter(m -> m.getId() == milestoneId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("This contract has no such milestone."));
  }

  boolean hasPending() {
    return milestones.stream().anyMatch(m -> m.getStatus() == MilestoneStatus.PENDING);
  }

  /** Gross amount in escrow now. */
  Money held() {
    return milestones.stream()
        .filter(m -> m.getStatus().held())
        .map(Milestone::getAmount)
        .reduce(zero(), Money::plus);
  }

  /** Gross amount paid to the freelancer so far. */
  Money released() {
    return milestones.stream().map(Milestone::getReleased).reduce(zero(), Money::plus);
  }

  Money total() {
    return milestones.stream()
        .filter(m -> m.getStatus() != MilestoneStatus.CANCELLED)
        .map(Milestone::getAmount)
        .reduce(zero(), Money::plus);
  }

  /**
   * Ends the schedule: every held milestone is settled, {@code toFreelancer} going to the
   * freelancer earliest milestone first and the rest back to the client (the move function moves a
   * milestone's money given the freelancer's gross share of it); every pending one is dropped.
   */
  void settleAll(Money toFreelancer, Instant at, BiConsumer<Milestone, Money> move) {
    Money payee = toFreelancer;
    for (Milestone m : milestones) {
      if (m.getStatus().held()) {
        Money share = payee.min(m.getAmount());
        move.accept(m, share);
        m.settle(share, at);
        payee = payee.minus(share);
      } else if (m.getStatus() == MilestoneStatus.PENDING) {
        m.cancel();
      }
    }
  }

  Money zero() {
    return Money.zero(currency);
  }
}
