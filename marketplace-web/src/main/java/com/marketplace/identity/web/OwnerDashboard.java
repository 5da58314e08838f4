package com.marketplace.identity.web;

import com.marketplace.identity.boundary.Members;
import com.marketplace.ledger.entity.AuditReport;
import com.marketplace.notifications.boundary.DeadLetters;
import com.marketplace.notifications.entity.DeadLetter;
import com.marketplace.payments.boundary.PaymentFigures;
import com.marketplace.payments.entity.ProviderTotal;
import com.marketplace.platform.Money;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Figures on the owner's dashboard. */
@Named
@RequestScoped
public class OwnerDashboard {

  @Inject Members members;
  @Inject PaymentFigures figures;
  @Inject DeadLetters deadLetters;

  private long memberCount;
  private Money feeIncome;
  private List<ProviderTotal> paidIn = List.of();
  private AuditReport audit;
  private List<DeadLetter> undelivered = List.of();
  private boolean brokerReadable = true;

  @PostConstruct
  void load() {
    memberCount = members.count();
    feeIncome = figures.feeIncome();
    paidIn = figures.paidInByProvider();
    audit = figures.audit();
    try {
      undelivered = deadLetters.list();
    } catch (IllegalStateException e) {
      brokerReadable = false;
    }
  }

  /** Events of this workspace that no consumer could handle. */
  public List<DeadLetter> getUndelivered() {
    return undelivered;
  }

  public boolean isBrokerReadable() {
    return brokerReadable;
  }

  public Money getFeeIncome() {
    return feeIncome;
  }

  /** Money paid in by each provider; the sandbox's is marked as test money. */
  public List<ProviderTotal> getPaidIn() {
    return paidIn;
  }

  public AuditReport getAudit() {
    return audit;
  }

  public long getMemberCount() {
    return memberCount;
  }
}
