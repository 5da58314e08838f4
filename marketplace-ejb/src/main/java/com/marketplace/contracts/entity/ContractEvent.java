package com.marketplace.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One line of a contract's history: who did what, when (no actor: the auto-release timer). */
@Entity
@Table(name = "contract_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class ContractEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "milestone_id", updatable = false)
  private Long milestoneId;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String detail;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ContractEvent() {}

  public ContractEvent(
      long contractId,
      Long milestoneId,
      Long actorId,
      String action,
      String detail,
      Instant createdAt) {
    this.contractId = contractId;
    this.milestoneId = milestoneId;
    this.actorId = actorId;
    this.action = action;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getContractId() {
    return contractId;
  }

  public Long getMilestoneId() {
    return milestoneId;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
