package com.marketplace.invoicing.entity;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One line as it is written: what, how much, at what price, less what discount, taxed how; and
 * where it comes from, if it bills tracked time or a milestone. Its amounts are worked out here and
 * only here: net = quantity × unit price × (1 − discount), tax = net × rate, each rounded half-even
 * to the currency's minor unit, so the invoice's totals, sums of rounded lines, always add up.
 *
 * @param unitPrice minor units of the invoice's currency per unit
 * @param sourceKey {@code time:<id>} or {@code milestone:<id>}, null for a line written by hand
 * @param prepaid the work was paid through escrow already (approved time of an hourly contract, a
 *     released milestone): the invoice records that payment as it is issued
 */
public record LineItem(
    String description,
    BigDecimal quantity,
    String unit,
    long unitPrice,
    BigDecimal discount,
    BigDecimal taxRate,
    TaxCategory taxCategory,
    String taxNote,
    String sourceKey,
    boolean prepaid) {

  public static final int DESCRIPTION_MAX = 500;
  public static final int TAX_NOTE_MAX = 200;
  public static final BigDecimal QUANTITY_MAX = new BigDecimal("100000");
  public static final BigDecimal HUNDRED = new BigDecimal("100");

  /** The units a line may count in (UN/ECE recommendation 20 codes) and their words. */
  public static final Map<String, String> UNITS =
      Map.of("HUR", "hours", "DAY", "days", "C62", "pieces");

  public LineItem {
    description = Texts.required(description, "description", DESCRIPTION_MAX);
    if (quantity == null || quantity.signum() <= 0) {
      throw new InvalidInputException("The quantity must be more than 0.");
    }
    if (quantity.compareTo(QUANTITY_MAX) > 0) {
      throw new InvalidInputException("The quantity can be at most " + QUANTITY_MAX + ".");
    }
    if (quantity.stripTrailingZeros().scale() > 3) {
      throw new InvalidInputException("The quantity has at most three decimals.");
    }
    quantity = quantity.setScale(3, RoundingMode.UNNECESSARY);
    if (unit == null || !UNITS.containsKey(unit)) {
      throw new InvalidInputException("The unit must be hours, days or pieces.");
    }
    if (unitPrice <= 0) {
      throw new InvalidInputException("A line's price must be more than 0.");
    }
    if (unitPrice > Money.MAX_MINOR_UNITS) {
      throw new InvalidInputException("The price is too large.");
    }
    discount = percent(discount == null ? BigDecimal.ZERO : discount, "discount");
    taxRate = percent(taxRate == null ? BigDecimal.ZERO : taxRate, "tax rate");
    if (discount.compareTo(HUNDRED) >= 0) {
      throw new InvalidInputException("The discount must be less than 100 %.");
    }
    taxCategory = taxCategory == null ? TaxCategory.forRate(taxRate) : taxCategory;
    taxCategory.check(taxRate);
    taxNote = taxCategory.note(Texts.optional(taxNote, "tax note", TAX_NOTE_MAX));
  }

  /** A line billing work paid through escrow or not, from its source. */
  public LineItem from(String source, boolean paidThroughEscrow) {
    return new LineItem(
        description,
        quantity,
        unit,
        unitPrice,
        discount,
        taxRate,
        taxCategory,
        taxNote,
        source,
        paidThroughEscrow);
  }

  /** round-half-even(quantity × unit price × (1 − discount ÷ 100)), in minor units. */
  public long net() {
    BigDecimal gross = quantity.multiply(BigDecimal.valueOf(unitPrice));
    BigDecimal kept = HUNDRED.subtract(discount).divide(HUNDRED);
    return exact(gross.multiply(kept).setScale(0, RoundingMode.HALF_EVEN), "line");
  }

  /** round-half-even(net × rate ÷ 100), in minor units. */
  public long tax() {
    return exact(
        BigDecimal.valueOf(net())
            .multiply(taxRate)
            .divide(HUNDRED)
            .setScale(0, RoundingMode.HALF_EVEN),
        "tax");
  }

  private static long exact(BigDecimal amount, String what) {
    if (amount.compareTo(BigDecimal.valueOf(Money.MAX_MINOR_UNITS)) > 0) {
      throw new InvalidInputException("The " + what + " amount is too large.");
    }
    return amount.longValueExact();
  }

  private static BigDecimal percent(BigDecimal value, String what) {
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new InvalidInputException("The " + what + " must be between 0 and 100 %.");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException("The " + what + " has at most two decimals.");
    }
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }
}
