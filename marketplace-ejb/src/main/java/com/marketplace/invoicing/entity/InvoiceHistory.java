package com.marketplace.invoicing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One thing that happened to an invoice: who ({@code null}: the workspace), when, what. */
@Entity
@Table(name = "invoice_history")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = InvoiceHistory.OF_INVOICE,
    query = "SELECT h FROM InvoiceHistory h WHERE h.invoiceId = :invoice ORDER BY h.at, h.id")
public class InvoiceHistory {

  public static final String OF_INVOICE = "InvoiceHistory.ofInvoice";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_id", nullable = false, updatable = false)
  private long invoiceId;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String text;

  protected InvoiceHistory() {}

  public InvoiceHistory(long invoiceId, Long memberId, Instant at, String action, String text) {
    this.invoiceId = invoiceId;
    this.memberId = memberId;
    this.at = at;
    this.action = action;
    this.text = text.length() > 1000 ? text.substring(0, 999) + "…" : text;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Instant getAt() {
    return at;
  }

  public String getAction() {
    return action;
  }

  public String getText() {
    return text;
  }
}
