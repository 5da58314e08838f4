package com.marketplace.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list exported as a CSV download, read page by page as it is written (the whole list is never
 * held at once): the exports of the wallet's history and of an issuer's invoices.
 */
public final class CsvDownload {

  private CsvDownload() {}

  /**
   * Writes the rows {@code page} answers from offset 0 on, {@code pageSize} at a time, until a page
   * comes back short.
   *
   * @param page the rows from an offset, at most {@code pageSize} of them
   * @param record a row's cells, in the order of the header
   */
  public static <T> void write(
      HttpServletResponse response,
      String fileName,
      String[] header,
      int pageSize,
      IntFunction<List<T>> page,
      Function<T, Object[]> record)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    var format = CSVFormat.DEFAULT.builder().setHeader(header).get();
    try (var csv = new CSVPrinter(response.getWriter(), format)) {
      for (int first = 0; ; first += pageSize) {
        List<T> rows = page.apply(first);
        for (T row : rows) {
          csv.printRecord(record.apply(row));
        }
        if (rows.size() < pageSize) {
          break;
        }
      }
    }
  }
}
