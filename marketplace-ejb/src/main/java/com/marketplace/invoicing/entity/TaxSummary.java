package com.marketplace.invoicing.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tax of an invoice per rate and category: the sums of its lines' rounded net and tax amounts,
 * so the summary adds up to the invoice's totals to the minor unit.
 */
public final class TaxSummary {

  private TaxSummary() {}

  /** One sum per rate and category, in the order the lines first use them. */
  public static List<InvoiceDocument.TaxSum> of(List<LineItem> lines) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    Map<String, LineItem> first = new LinkedHashMap<>();
    for (LineItem line : lines) {
      String key = line.taxCategory().code() + "@" + line.taxRate().toPlainString();
      first.putIfAbsent(key, line);
      long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
      sum[0] += line.net();
      sum[1] += line.tax();
    }
    List<InvoiceDocument.TaxSum> result = new ArrayList<>();
    sums.forEach(
        (key, sum) -> {
          LineItem line = first.get(key);
          BigDecimal rate = line.taxRate();
          result.add(
              new InvoiceDocument.TaxSum(
                  rate, line.taxCategory().code(), sum[0], sum[1], line.taxNote()));
        });
    return result;
  }
}
