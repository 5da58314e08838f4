package com.marketplace.contracts.entity;

import static com.marketplace.contracts.entity.ContractStatus.CANCELLED;
import static com.marketplace.contracts.entity.ContractStatus.COMPLETED;
import static com.marketplace.contracts.entity.ContractStatus.DISPUTED;
import static com.marketplace.contracts.entity.ContractStatus.IN_PROGRESS;
import static com.marketplace.contracts.entity.ContractStatus.OPEN;
import static com.marketplace.contracts.entity.ContractStatus.UNDER_REVIEW;

import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A hired job and its lifecycle, as an explicit state machine (see {@link ContractAction} for which
 * party may do what from which state). Money is moved by the caller through the functions it passes
 * in, inside the same transaction: if the ledger refuses, the transition does not happen.
 */
@Entity
@Table(name = "contract")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Contract {

  /** The most milestones a contract has, planned at the hire and added later together. */
  public static final int MAX_MILESTONES = 20;

  /** The fewest and most hours a week the client of an hourly contract may pay for. */
  public static final int MIN_WEEKLY_CAP_HOURS = 1;

  public static final int MAX_WEEKLY_CAP_HOURS = 80;

  /** The milestone steps: an hourly contract is paid by the week and takes none of them. */
  private static final Set<ContractAction> MILESTONE_ACTIONS =
      EnumSet.of(
          ContractAction.ADD_MILESTONE,
          ContractAction.FUND,
          ContractAction.SUBMIT,
          ContractAction.APPROVE,
          ContractAction.REQUEST_CHANGES);

  /** What the owner decides in a dispute. */
  public enum Resolution {
    RELEASE,
    REFUND,
    SPLIT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The job hired on; null for a contract agreed by accepting a quote. */
  @Column(name = "job_id", updatable = false)
  private Long jobId;

  /** The proposal hired; null for a contract agreed by accepting a quote. */
  @Column(name = "proposal_id", updatable = false)
  private Long proposalId;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(name = "freelancer_id", nullable = false, updatable = false)
  private long freelancerId;

  @Column(nullable = false, updatable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private JobKind kind;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContractStatus status;

  @Column(name = "cancel_requested_by")
  private Long cancelRequestedBy;

  /** Per hour, in minor units; set on an hourly contract only, which is paid by the week. */
  @Column(name = "hourly_rate", updatable = false)
  private Long hourlyRate;

  @Column(name = "weekly_cap_hours", updatable = false)
  private Integer weeklyCapHours;

  /** An hourly contract whose current week's escrow the client's wallet could not cover. */
  @Column(nullable = false)
  private boolean paused;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** When an hourly contract was ended by one of its parties; null while it runs. */
  @Column(name = "ended_at")
  private Instant endedAt;

  @Version private long version;

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<Milestone> milestones = new ArrayList<>();

  protected Contract() {}

  /**
   * The contract a hire creates (or, without a job and proposal, an accepted quote): Open until its
   * first milestone is funded.
   */
  public Contract(
      Long jobId,
      Long proposalId,
      long clientId,
      long freelancerId,
      String title,
      JobKind kind,
      String currency,
      List<MilestonePlan> plan,
      Instant now) {
    if (plan == null || plan.isEmpty()) {
      throw new InvalidInputException("A contract needs at least one milestone.");
    }
    if (plan.size() > MAX_MILESTONES) {
      throw new InvalidInputException("A contract has at most " + MAX_MILESTONES + " milestones.");
    }
    this.jobId = jobId;
    this.proposalId = proposalId;
    this.clientId = clientId;
    this.freelancerId = freelancerId;
    this.title = title;
    this.kind = kind;
    this.currency = currency;
    this.status = OPEN;
    this.createdAt = now;
    plan.forEach(schedule()::append);
  }

  /**
   * A fixed-price contract agreed outside the job board, by the client accepting the freelancer's
   * quote: no job or proposal behind it, the quote's lines as its milestones, Open until funded.
   */
  public static Contract agreed(
      long clientId,
      long freelancerId,
      String title,
      String currency,
      List<MilestonePlan> plan,
      Instant now) {
    return new Contract(
        null, null, clientId, freelancerId, title, JobKind.FIXED, currency, plan, now);
  }

  /**
   * An hourly contract: paid by the week at the proposed rate, up to the weekly cap of hours the
   * client set; in progress from the hire, without milestones.
   */
  private Contract(
      long jobId,
      long proposalId,
      long clientId,
      long freelancerId,
      String title,
      String currency,
      Money hourlyRate,
      Integer weeklyCapHours,
      Instant now) {
    if (weeklyCapHours == null
        || weeklyCapHours < MIN_WEEKLY_CAP_HOURS
        || weeklyCapHours > MAX_WEEKLY_CAP_HOURS) {
      throw new InvalidInputException(
          "Set a weekly cap of "
              + MIN_WEEKLY_CAP_HOURS
              + " to "
              + MAX_WEEKLY_CAP_HOURS
              + " hours for an hourly contract.");
    }
    if (hourlyRate == null || !hourlyRate.isPositive()) {
      throw new InvalidInputException("An hourly contract needs a rate greater than zero.");
    }
    this.jobId = jobId;
    this.proposalId = proposalId;
    this.clientId = clientId;
    this.freelancerId = freelancerId;
    this.title = title;
    this.kind = JobKind.HOURLY;
    this.currency = currency;
    this.hourlyRate = hourlyRate.requireCurrency(currency()).minorUnits();
    this.weeklyCapHours = weeklyCapHours;
    this.status = IN_PROGRESS;
    this.createdAt = now;
  }

  /**
   * Hiring: the job is filled, the proposal hired, and the contract starts with the client's
   * milestones, or with one for the proposed amount if none are planned.
   */
  public static Contract hire(Job job, Proposal proposal, List<MilestonePlan> plan, Instant now) {
    return hire(job, proposal, plan, null, now);
  }

  /**
   * Hiring as the job's kind asks: on a fixed-price job with the client's milestones (or one for
   * the proposed amount); on an hourly job at the proposed rate with the client's weekly cap of
   * hours and no milestones, paid week by week through escrow.
   */
  public static Contract hire(
      Job job, Proposal proposal, List<MilestonePlan> plan, Integer weeklyCapHours, Instant now) {
    if (proposal.getJobId() != job.getId()) {
      throw new IllegalArgumentException("Proposal " + proposal.getId() + " is not for this job");
    }
    boolean hourly = job.getKind() == JobKind.HOURLY;
    if (hourly && plan != null && !plan.isEmpty()) {
      throw new InvalidInputException(
          "An hourly contract is paid by the week, not by milestones: set a weekly cap instead.");
    }
    if (!hourly && weeklyCapHours != null) {
      throw new InvalidInputException(
          "A weekly cap is for hourly jobs; a fixed-price contract is paid by milestones.");
    }
    Contract contract =
        hourly
            ? new Contract(
                job.getId(),
                proposal.getId(),
                job.getClientId(),
                proposal.getFreelancerId(),
                job.getTitle(),
                job.getCurrency(),
                Money.of(proposal.getAmount(), job.getCurrency()),
                weeklyCapHours,
                now)
            : fixedPrice(job, proposal, plan, now);
    job.filled();
    proposal.hired();
    return contract;
  }

  private static Contract fixedPrice(
      Job job, Proposal proposal, List<MilestonePlan> plan, Instant now) {
    return new Contract(
        job.getId(),
        proposal.getId(),
        job.getClientId(),
        proposal.getFreelancerId(),
        job.getTitle(),
        job.getKind(),
        job.getCurrency(),
        plan == null || plan.isEmpty()
            ? List.of(
                new MilestonePlan(
                    job.getTitle(), Money.of(proposal.getAmount(), job.getCurrency())))
            : plan,
        now);
  }

  /** Which side the member is on, if any. */
  public Optional<Party> sideOf(long memberId) {
    if (memberId == clientId) {
      return Optional.of(Party.CLIENT);
    }
    if (memberId == freelancerId) {
      return Optional.of(Party.FREELANCER);
    }
    return Optional.empty();
  }

  /**
   * Who may see the contract, its history and its deliverables: its two sides and the workspace's
   * owner. To anyone else it does not exist.
   */
  public boolean visibleTo(long memberId, boolean workspaceOwner) {
    return workspaceOwner || sideOf(memberId).isPresent();
  }

  /** Refuses the action unless this party may take it in the current state. */
  public void require(ContractAction action, Party by) {
    if (isPaidWeekly() && !weeklyActions().contains(action)) {
      throw new ConflictException(
          "“"
              + title
              + "” is an hourly contract, paid week by week from escrow: you cannot "
              + action.label()
              + " on it.");
    }
    action.require(status, by);
  }

  /**
   * What an hourly contract's parties may do through the contract's own steps: none of the
   * milestones', and ending one (cancelling, disputing) waits for its weeks to be settled the same
   * way, so for now none either.
   */
  private static Set<ContractAction> weeklyActions() {
    Set<ContractAction> weekly = EnumSet.allOf(ContractAction.class);
    weekly.removeAll(MILESTONE_ACTIONS);
    weekly.removeAll(
        EnumSet.of(ContractAction.CANCEL, ContractAction.DISPUTE, ContractAction.RESOLVE));
    return weekly;
  }

  /**
   * What this side may do now: the actions the state allows it, less those a rule of the contract
   * rules out (nothing left to fund; cancelling once something was paid out).
   */
  public Set<ContractAction> allowed(Party by) {
    Set<ContractAction> allowed = EnumSet.noneOf(ContractAction.class);
    for (ContractAction action : ContractAction.values()) {
      if (action.allowedIn(status) && action.allowedFor(by)) {
        allowed.add(action);
      }
    }
    if (isPaidWeekly()) {
      allowed.retainAll(weeklyActions());
    }
    if (!schedule().hasPending()) {
      allowed.remove(ContractAction.FUND);
    }
    if (released().isPositive()) {
      allowed.remove(ContractAction.CANCEL);
    }
    return allowed;
  }

  /** "Possible now: submit work (the freelancer), open a dispute (…)." */
  public String allowedNow() {
    return ContractAction.possibleIn(status);
  }

  public Milestone addMilestone(Party by, MilestonePlan plan) {
    require(ContractAction.ADD_MILESTONE, by);
    return schedule().append(plan);
  }

  /** Funds a milestone into escrow; funding the current one starts (or resumes) the work. */
  public Milestone fund(Party by, long milestoneId, ToLongFunction<Milestone> escrow) {
    require(ContractAction.FUND, by);
    Milestone m = milestone(milestoneId);
    if (m.getStatus() != MilestoneStatus.PENDING) {
      throw new ConflictException(
          "“" + m.getTitle() + "” is " + m.getStatus().label().toLowerCase() + " already.");
    }
    m.funded(escrow.applyAsLong(m));
    if (status == OPEN && current().orElseThrow() == m) {
      status = IN_PROGRESS;
    }
    return m;
  }

  /** The freelancer hands in the current milestone; silence from the client until then approves. */
  public Milestone submit(Party by, Instant reviewDueAt) {
    require(ContractAction.SUBMIT, by);
    Milestone m = current().orElseThrow();
    m.submitted(reviewDueAt);
    cancelRequestedBy = null;
    status = UNDER_REVIEW;
    return m;
  }

  /** Releases the submitted milestone; the contract moves on to the next one or completes. */
  public Milestone approve(Party by, Instant now, Function<Milestone, Money> release) {
    require(ContractAction.APPROVE, by);
    Milestone m = current().orElseThrow();
    m.settle(release.apply(m), now);
    status = nextAfterSettling();
    return m;
  }

  public Milestone requestChanges(Party by) {
    require(ContractAction.REQUEST_CHANGES, by);
    Milestone m = current().orElseThrow();
    m.backToWork();
    status = IN_PROGRESS;
    return m;
  }

  /** Either side stops the contract; funds stay held and no timer releases them. */
  public void dispute(Party by) {
    require(ContractAction.DISPUTE, by);
    milestones.forEach(Milestone::pauseReview);
    cancelRequestedBy = null;
    status = DISPUTED;
  }

  /**
   * The owner settles every held milestone: all to the freelancer, all back to the client, or
   * {@code toFreelancer} to the freelancer (earliest milestones first) and the rest back. The
   * settle function moves a milestone's money given the freelancer's gross share of it.
   */
  public void resolve(
      Party by,
      Resolution resolution,
      Money toFreelancer,
      Instant now,
      BiConsumer<Milestone, Money> settle) {
    require(ContractAction.RESOLVE, by);
    Money held = held();
    Money payee =
        switch (resolution) {
          case RELEASE -> held;
          case REFUND -> zero();
          case SPLIT -> {
            if (toFreelancer == null
                || !toFreelancer.requireCurrency(currency()).isPositive()
                || !toFreelancer.isLessThan(held)) {
              throw new InvalidInputException(
                  "A split gives the freelancer more than nothing and less than everything held.");
            }
            yield toFreelancer;
          }
        };
    schedule().settleAll(payee, now, settle);
    status = resolution == Resolution.REFUND && released().isZero() ? CANCELLED : COMPLETED;
  }

  /**
   * Cancel by agreement: the first side asks, the other side's cancel confirms; then every held
   * milestone is refunded through the given function. Answers whether the contract is now
   * cancelled.
   */
  public boolean cancel(Party by, long memberId, BiConsumer<Milestone, Money> refund) {
    require(ContractAction.CANCEL, by);
    if (released().isPositive()) {
      throw new ConflictException(
          "Part of this contract has been paid out, so it can no longer be cancelled; open a"
              + " dispute instead.");
    }
    if (cancelRequestedBy == null) {
      cancelRequestedBy = memberId;
      return false;
    }
    if (cancelRequestedBy == memberId) {
      throw new ConflictException("You asked to cancel already; the other side has to agree.");
    }
    schedule().settleAll(zero(), null, refund);
    status = CANCELLED;
    return true;
  }

  /**
   * An hourly contract's current week could not be funded: no time can be tracked until it is.
   * Answers whether this paused it (false when it was paused already).
   */
  public boolean pause() {
    requireWeekly();
    boolean was = paused;
    paused = true;
    return !was;
  }

  /** The current week is funded again. Answers whether this resumed it. */
  public boolean resume() {
    requireWeekly();
    boolean was = paused;
    paused = false;
    return was;
  }

  private void requireWeekly() {
    if (!isPaidWeekly()) {
      throw new IllegalStateException("Contract " + id + " is paid by milestones");
    }
  }

  /** Whether the contract is paid by the week (hired on an hourly job), not by milestones. */
  public boolean isPaidWeekly() {
    return weeklyCapHours != null;
  }

  /** The hourly rate of a contract paid by the week; null for one paid by milestones. */
  public Money getHourlyRate() {
    return hourlyRate == null ? null : money(hourlyRate);
  }

  /** The most hours a week the client pays for; null for a contract paid by milestones. */
  public Integer getWeeklyCapHours() {
    return weeklyCapHours;
  }

  /** What each week of an hourly contract holds in escrow: the cap's hours at the rate. */
  public Money weeklyHold() {
    requireWeekly();
    return money(hourlyRate).times(weeklyCapHours);
  }

  public boolean isPaused() {
    return paused;
  }

  /**
   * Ends an hourly contract: it completes, holds no more weeks and takes no more time; its open
   * weeks close as their time is decided. Answers false when it had ended already (a second click).
   */
  public boolean end(Instant now) {
    requireWeekly();
    if (status.finished()) {
      return false;
    }
    if (status != IN_PROGRESS) {
      throw new ConflictException(
          "“"
              + title
              + "” cannot be ended while it is "
              + status.label().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    status = COMPLETED;
    paused = false;
    endedAt = now;
    return true;
  }

  /** When the hourly contract was ended; null while it runs. */
  public Instant getEndedAt() {
    return endedAt;
  }

  private ContractStatus nextAfterSettling() {
    return current()
        .map(next -> next.getStatus() == MilestoneStatus.FUNDED ? IN_PROGRESS : OPEN)
        .orElse(COMPLETED);
  }

  /** The milestone being worked on: the first one not settled. */
  public Optional<Milestone> current() {
    return schedule().current();
  }

  public Milestone milestone(long milestoneId) {
    return schedule().milestone(milestoneId);
  }

  /** Gross amount in escrow now. */
  public Money held() {
    return schedule().held();
  }

  /** Gross amount paid to the freelancer so far. */
  public Money released() {
    return schedule().released();
  }

  /** Gross amount of every milestone not cancelled. */
  public Money total() {
    return schedule().total();
  }

  private MilestoneSchedule schedule() {
    return new MilestoneSchedule(this, milestones, currency());
  }

  /** No money in this contract's currency. */
  public Money zero() {
    return Money.zero(currency());
  }

  /** An amount of minor units in this contract's currency. */
  public Money money(long minorUnits) {
    return Money.of(minorUnits, currency());
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public Long getId() {
    return id;
  }

  public Long getJobId() {
    return jobId;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public long getClientId() {
    return clientId;
  }

  public long getFreelancerId() {
    return freelancerId;
  }

  public String getTitle() {
    return title;
  }

  public JobKind getKind() {
    return kind;
  }

  /** The ISO 4217 code of the currency every amount of this contract is in. */
  public String getCurrency() {
    return currency;
  }

  public ContractStatus getStatus() {
    return status;
  }

  public Long getCancelRequestedBy() {
    return cancelRequestedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Milestone> getMilestones() {
    return List.copyOf(milestones);
  }
}
