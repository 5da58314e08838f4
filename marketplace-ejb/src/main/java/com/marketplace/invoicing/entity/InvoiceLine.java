package com.marketplace.invoicing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A line of an invoice, and the work it bills: a time entry or a project's time ({@code
 * sourceKey}), a milestone, or nothing for a line written by hand; prepaid when escrow paid it.
 */
@Entity
@Table(name = "invoice_line")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class InvoiceLine extends DocumentLine {

  @ManyToOne(optional = false)
  @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
  private Invoice invoice;

  @Column(name = "source_key", updatable = false)
  private String sourceKey;

  @Column(nullable = false, updatable = false)
  private boolean prepaid;

  protected InvoiceLine() {}

  InvoiceLine(Invoice invoice, int position, LineItem item) {
    super(position, item);
    this.invoice = invoice;
    this.sourceKey = item.sourceKey();
    this.prepaid = item.prepaid();
  }

  @Override
  public LineItem item() {
    return item(sourceKey, prepaid);
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public boolean isPrepaid() {
    return prepaid;
  }
}
