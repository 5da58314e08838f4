package com.marketplace.jobs.entity;

import com.marketplace.files.entity.FileOwner;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A job a client posted on the workspace's board. */
@Entity
@Table(name = "job")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Job {

  /** The owner of a job's attachments: every member of the workspace reads them, as the job. */
  public static final FileOwner FILES = new FileOwner("JOB");

  /** The longest title and description a job may have, on its page and over the API alike. */
  public static final int TITLE_MAX = 120;

  public static final int DESCRIPTION_MAX = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(nullable = false)
  @Size(max = TITLE_MAX)
  private String title;

  @Column(nullable = false)
  @Size(max = DESCRIPTION_MAX)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category category;

  @Column(nullable = false)
  private String skills;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private JobKind kind;

  @Column(nullable = false)
  private long budget;

  @Column(nullable = false, updatable = false)
  private String currency;

  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private JobStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Job() {}

  public Job(long clientId, JobPosting posting, String currency, Instant now, LocalDate today) {
    this.clientId = clientId;
    this.title = Texts.required(posting.title(), "title", TITLE_MAX);
    this.description = Texts.required(posting.description(), "description", DESCRIPTION_MAX);
    if (posting.category() == null) {
      throw new InvalidInputException("Choose a category.");
    }
    this.category = posting.category();
    this.skills = Skills.store(Skills.parse(posting.skills()));
    this.kind = posting.kind() == null ? JobKind.FIXED : posting.kind();
    if (posting.budget() == null || !posting.budget().isPositive()) {
      throw new InvalidInputException("The budget must be greater than zero.");
    }
    this.budget =
        posting.budget().requirePositive().requireCurrency(Money.currency(currency)).minorUnits();
    if (posting.deadline() != null && posting.deadline().isBefore(today)) {
      throw new InvalidInputException("The deadline cannot be in the past.");
    }
    this.deadline = posting.deadline();
    this.currency = currency;
    this.status = JobStatus.OPEN;
    this.createdAt = now;
  }

  public void requireOpen() {
    if (status != JobStatus.OPEN) {
      throw new ConflictException("This job no longer takes proposals.");
    }
  }

  public void filled() {
    requireOpen();
    status = JobStatus.HIRED;
  }

  public void close() {
    requireOpen();
    status = JobStatus.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public long getClientId() {
    return clientId;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Category getCategory() {
    return category;
  }

  public List<String> getSkills() {
    return Skills.read(skills);
  }

  public JobKind getKind() {
    return kind;
  }

  public Money getBudget() {
    return Money.of(budget, currency);
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public JobStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
