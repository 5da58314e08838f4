package com.marketplace.invoicing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A line of a quote, written by hand: it bills no tracked work and nothing paid it yet. */
@Entity
@Table(name = "quote_line")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class QuoteLine extends DocumentLine {

  @ManyToOne(optional = false)
  @JoinColumn(name = "quote_id", nullable = false, updatable = false)
  private Quote quote;

  protected QuoteLine() {}

  QuoteLine(Quote quote, int position, LineItem item) {
    super(position, item);
    this.quote = quote;
  }

  @Override
  void write(LineItem item) {
    super.write(handWritten(item));
  }

  @Override
  public LineItem item() {
    return item(null, false);
  }

  private static LineItem handWritten(LineItem item) {
    if (item.sourceKey() != null || item.prepaid()) {
      throw new IllegalArgumentException("A quote's lines are written by hand");
    }
    return item;
  }
}
