package com.marketplace.invoicing.web;

import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.TaxCategory;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The "Add a line" dialog of an invoice or a quote (`WEB-INF/includes/line-form.xhtml`): what the
 * issuer writes, within the limits {@link LineItem} keeps, and the line it makes.
 */
public class LineForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = LineItem.DESCRIPTION_MAX)
  private String description;

  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("100000")
  @Digits(integer = 6, fraction = 3)
  private BigDecimal quantity;

  private String unit = "HUR";
  private Money unitPrice;

  @DecimalMin("0")
  @DecimalMax(value = "100", inclusive = false)
  @Digits(integer = 3, fraction = 2)
  private BigDecimal discount;

  @DecimalMin("0")
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 2)
  private BigDecimal taxRate;

  private TaxCategory taxCategory;

  @Size(max = LineItem.TAX_NOTE_MAX)
  private String taxNote;

  /** The line as written by hand. */
  LineItem item() {
    if (unitPrice == null) {
      throw new InvalidInputException("Enter the price of one unit.");
    }
    return new LineItem(
        description,
        quantity,
        unit,
        unitPrice.minorUnits(),
        discount,
        taxRate,
        taxCategory,
        taxNote,
        null,
        false);
  }

  public TaxCategory[] getTaxCategories() {
    return TaxCategory.values();
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public Money getUnitPrice() {
    return unitPrice;
  }

  public void setUnitPrice(Money unitPrice) {
    this.unitPrice = unitPrice;
  }

  public BigDecimal getDiscount() {
    return discount;
  }

  public void setDiscount(BigDecimal discount) {
    this.discount = discount;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public void setTaxRate(BigDecimal taxRate) {
    this.taxRate = taxRate;
  }

  public TaxCategory getTaxCategory() {
    return taxCategory;
  }

  public void setTaxCategory(TaxCategory taxCategory) {
    this.taxCategory = taxCategory;
  }

  public String getTaxNote() {
    return taxNote;
  }

  public void setTaxNote(String taxNote) {
    this.taxNote = taxNote;
  }
}
