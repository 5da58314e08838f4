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

/** A line of an invoice: its {@link LineItem} as written, with the amounts worked out from it. */
@Entity
@Table(name = "invoice_line")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class InvoiceLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
  private Invoice invoice;

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

  @Column(name = "source_key", updatable = false)
  private String sourceKey;

  @Column(nullable = false, updatable = false)
  private boolean prepaid;

  protected InvoiceLine() {}

  InvoiceLine(Invoice invoice, int position, LineItem item) {
    this.invoice = invoice;
    this.position = position;
    this.sourceKey = item.sourceKey();
    this.prepaid = item.prepaid();
    write(item);
  }

  /** Takes the line as newly written; where it comes from stays. */
  void write(LineItem item) {
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
        sourceKey,
        prepaid);
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

  public String getSourceKey() {
    return sourceKey;
  }

  public boolean isPrepaid() {
    return prepaid;
  }
}
