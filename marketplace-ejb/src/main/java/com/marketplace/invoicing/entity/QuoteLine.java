package com.marketplace.invoicing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A line of a quote: its {@link LineItem} as written by hand, with the amounts worked out from it
 * exactly as an invoice line's.
 */
@Entity
@Table(name = "quote_line")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class QuoteLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "quote_id", nullable = false, updatable = false)
  private Quote quote;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false, precision = 12, scale = 3)
  private BigDecimal quantity;

  @Column(nullable = false)
  private String unit;

  @Column(name = "unit_price", nullable = false)
  private long unitPrice;

  @Column(nullable = false, precision = 5, scale = 2)
  private BigDecimal discount;

  @Column(nullable = false)
  private long net;

  @Column(name = "tax_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal taxRate;

  @Enumerated(EnumType.STRING)
  @Column(name = "tax_category", nullable = false)
  private TaxCategory taxCategory;

  @Column(nullable = false)
  private long tax;

  @Column(name = "tax_note")
  private String taxNote;

  protected QuoteLine() {}

  QuoteLine(Quote quote, int position, LineItem item) {
    this.quote = quote;
    this.position = position;
    write(item);
  }

  /** Takes the line as newly written. */
  void write(LineItem item) {
    if (item.sourceKey() != null || item.prepaid()) {
      throw new IllegalArgumentException("A quote's lines are written by hand");
    }
    this.description = item.description();
    this.quantity = item.quantity();
    this.unit = item.unit();
    this.unitPrice = item.unitPrice();
    this.discount = item.discount();
    this.taxRate = item.taxRate();
    this.taxCategory = item.taxCategory();
    this.taxNote = item.taxNote();
    this.net = item.net();
    this.tax = item.tax();
  }

  void moveTo(int position) {
    this.position = position;
  }

  /** The line as it was written. */
  public LineItem item() {
    return new LineItem(
        description,
        quantity,
        unit,
        unitPrice,
        discount,
        taxRate,
        taxCategory,
        taxNote,
        null,
        false);
  }

  /** Net plus tax: what the line costs its recipient. */
  public long gross() {
    return Math.addExact(net, tax);
  }

  public boolean inHours() {
    return "HUR".equals(unit);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public String getUnit() {
    return unit;
  }

  public long getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getDiscount() {
    return discount;
  }

  public long getNet() {
    return net;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public TaxCategory getTaxCategory() {
    return taxCategory;
  }

  public long getTax() {
    return tax;
  }

  public String getTaxNote() {
    return taxNote;
  }
}
