package com.marketplace.invoicing.entity;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.List;

/**
 * A line of an invoice or a quote: its {@link LineItem} as written, with the amounts worked out
 * from it (only there), and its place in the document. Invoice and quote lines add only what ties
 * them to their document.
 */
@MappedSuperclass
public abstract class DocumentLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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

  protected DocumentLine() {}

  protected DocumentLine(int position, LineItem item) {
    this.position = position;
    write(item);
  }

  /** Takes the line as newly written; where it comes from (if anywhere) stays. */
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

  /** The line as it was written, billing what it bills. */
  protected LineItem item(String sourceKey, boolean prepaid) {
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

  /** The line as it was written. */
  public abstract LineItem item();

  /** Net plus tax: what the line costs its recipient. */
  public long gross() {
    return Math.addExact(net, tax);
  }

  public boolean inHours() {
    return "HUR".equals(unit);
  }

  /**
   * The document's net and tax: the sums of its rounded lines, so they always add up; refused when
   * the total is beyond what an amount may be.
   */
  static long[] totals(List<? extends DocumentLine> lines, String document) {
    long net = lines.stream().mapToLong(DocumentLine::getNet).sum();
    long tax = lines.stream().mapToLong(DocumentLine::getTax).sum();
    if (Math.addExact(net, tax) > Money.MAX_MINOR_UNITS) {
      throw new InvalidInputException("The " + document + "'s total is too large.");
    }
    return new long[] {net, tax};
  }

  /** Renumbers the lines 1, 2, 3… in their order, after one was taken out. */
  static void renumber(List<? extends DocumentLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).moveTo(i + 1);
    }
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
