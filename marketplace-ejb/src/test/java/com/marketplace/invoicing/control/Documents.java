package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Branding;
import com.marketplace.invoicing.entity.InvoiceDocument.Kind;
import com.marketplace.invoicing.entity.InvoiceDocument.Line;
import com.marketplace.invoicing.entity.InvoiceDocument.Party;
import com.marketplace.invoicing.entity.InvoiceDocument.Receipt;
import com.marketplace.invoicing.entity.InvoiceDocument.TaxSum;
import com.marketplace.platform.Money;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Documents for the printer's tests, with figures worked out the way the invoice works them out:
 * each line rounded half-even, the tax summary the sum of its lines.
 */
final class Documents {

  static final Party DESIGNER =
      new Party(
          "Zoë Müller-Łukasiewicz",
          "zoe@studio.test",
          "Kastanienallee 12\n10435 Berlin",
          "DE",
          "DE123456789");
  static final Party ACME =
      new Party("Acme Widgets GmbH", "ap@acme.test", "Hauptstraße 1\n80331 München", "DE", null);
  static final Party VIENNA =
      new Party("Wiener Werkstätten GmbH", null, "Ring 4\n1010 Wien", "AT", "ATU12345678");
  static final Party TOKYO =
      new Party(
          "東京デザイン株式会社",
          "info@tokyo-design.test",
          "渋谷区神南1-2-3\n150-0041 東京都",
          "JP",
          "T1234567890123");
  static final Party LONDON =
      new Party("Thames Analytics Ltd", null, "1 Bank Street\nLondon E14 5JP", "GB", "GB123456789");
  static final Party MUMBAI =
      new Party("Mumbai Textiles Pvt Ltd", null, "Marine Drive 7\nMumbai 400002", "IN", null);

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

  private Documents() {}

  static Line line(
      String description, String quantity, String unit, long price, String rate, String category) {
    return line(description, quantity, unit, price, "0", rate, category);
  }

  static Line line(
      String description,
      String quantity,
      String unit,
      long price,
      String discount,
      String rate,
      String category) {
    BigDecimal qty = new BigDecimal(quantity);
    BigDecimal off = new BigDecimal(discount);
    long net =
        qty.multiply(BigDecimal.valueOf(price))
            .multiply(BigDecimal.valueOf(100).subtract(off))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN)
            .longValueExact();
    long tax =
        BigDecimal.valueOf(net)
            .multiply(new BigDecimal(rate))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN)
            .longValueExact();
    return new Line(description, qty, unit, price, off, net, new BigDecimal(rate), category, tax);
  }

  static InvoiceDocument invoice(
      String number, String currency, Party issuer, Party recipient, Line... lines) {
    return document(Kind.INVOICE, number, currency, issuer, recipient, 0, Map.of(), lines);
  }

  static InvoiceDocument quote(
      String number, String currency, Party issuer, Party recipient, Line... lines) {
    return document(Kind.QUOTE, number, currency, issuer, recipient, 0, Map.of(), lines);
  }

  /**
   * @param notes exemption notes by tax category
   */
  static InvoiceDocument document(
      Kind kind,
      String number,
      String currency,
      Party issuer,
      Party recipient,
      long paid,
      Map<String, String> notes,
      Line... lines) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    Map<String, Line> firsts = new LinkedHashMap<>();
    for (Line l : lines) {
      String key = l.taxCategory() + " " + l.taxRatePercent().stripTrailingZeros();
      firsts.putIfAbsent(key, l);
      long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
      sum[0] += l.netMinor();
      sum[1] += l.taxMinor();
    }
    List<TaxSum> taxes = new ArrayList<>();
    sums.forEach(
        (key, sum) -> {
          Line first = firsts.get(key);
          taxes.add(
              new TaxSum(
                  first.taxRatePercent(),
                  first.taxCategory(),
                  sum[0],
                  sum[1],
                  notes.get(first.taxCategory())));
        });
    long net = Arrays.stream(lines).mapToLong(Line::netMinor).sum();
    long tax = Arrays.stream(lines).mapToLong(Line::taxMinor).sum();
    return new InvoiceDocument(
        kind,
        number,
        ISSUED,
        ISSUED.plusDays(14),
        currency,
        issuer,
        recipient,
        List.of(lines),
        taxes,
        net,
        tax,
        net + tax,
        paid,
        net + tax - paid,
        "Thank you for your business.",
        "14 days net",
        "IBAN DE02 1203 0000 0000 2020 51 · BIC BYLADEM1001 · Reference " + number,
        "https://acme.marketplace.test/pay/" + number,
        new Branding("Müller Studio", "#0b7a5c", logo(), "image/png"),
        null,
        null);
  }

  static InvoiceDocument receipt(String currency, long amount, Party issuer, Party recipient) {
    return new InvoiceDocument(
        Kind.RECEIPT,
        "R-2026-0007",
        LocalDate.of(2026, 3, 9),
        null,
        currency,
        issuer,
        recipient,
        List.of(),
        List.of(),
        0,
        0,
        0,
        0,
        0,
        null,
        null,
        null,
        null,
        new Branding("Müller Studio", "#0b7a5c", null, null),
        null,
        new Receipt(
            "INV-2026-0042",
            amount,
            "Bank transfer",
            "UTR 4471-99",
            Instant.parse("2026-03-09T10:15:00Z")));
  }

  static InvoiceDocument voided(InvoiceDocument doc, String reason) {
    return new InvoiceDocument(
        doc.kind(),
        doc.number(),
        doc.issueDate(),
        doc.dueDate(),
        doc.currencyCode(),
        doc.issuer(),
        doc.recipient(),
        doc.lines(),
        doc.taxes(),
        doc.netMinor(),
        doc.taxMinor(),
        doc.grossMinor(),
        doc.paidMinor(),
        doc.openMinor(),
        doc.notes(),
        doc.paymentTerms(),
        doc.paymentInstructions(),
        doc.payLink(),
        doc.branding(),
        reason,
        doc.receipt());
  }

  // --- the cases

  static InvoiceDocument single19() {
    return invoice(
        "INV-2026-0001",
        "EUR",
        DESIGNER,
        ACME,
        line("Website redesign", "10", "HUR", 9500, "19", "S"));
  }

  static InvoiceDocument mixedWithReverseCharge() {
    return document(
        Kind.INVOICE,
        "INV-2026-0002",
        "EUR",
        DESIGNER,
        VIENNA,
        10000,
        Map.of(
            "AE", "Reverse charge: the recipient accounts for the VAT (Art. 196 VAT Directive)."),
        line("Brand workshop", "1.5", "DAY", 120000, "19", "S"),
        line("Printed style guides", "40", "C62", 1250, "7", "S"),
        line("Consulting for the Vienna office", "6", "HUR", 11000, "0", "AE"));
  }

  static InvoiceDocument discounted() {
    return invoice(
        "INV-2026-0003",
        "EUR",
        DESIGNER,
        ACME,
        line("Illustration hours, loyalty discount", "7.5", "HUR", 3333, "12.5", "19", "S"),
        line("Stock licence", "3", "C62", 4999, "10", "19", "S"));
  }

  static InvoiceDocument yen() {
    return invoice(
        "INV-2026-0004",
        "JPY",
        TOKYO,
        DESIGNER,
        line("ロゴデザイン (logo design)", "3", "DAY", 80000, "10", "S"),
        line("Photography licence ¥ flat", "1", "C62", 15500, "10", "S"));
  }

  static InvoiceDocument manyLines(int count) {
    Line[] lines = new Line[count];
    for (int i = 0; i < count; i++) {
      lines[i] =
          line(
              "Sprint " + (i + 1) + " development and review",
              String.valueOf(1 + i % 8),
              "HUR",
              8500 + i,
              i % 5 == 0 ? "7" : "19",
              "S");
    }
    return invoice("INV-2026-0005", "EUR", DESIGNER, ACME, lines);
  }

  static InvoiceDocument pounds() {
    return quote(
        "Q-2026-0001",
        "GBP",
        DESIGNER,
        LONDON,
        line("Dashboard prototype", "12", "HUR", 8000, "20", "S"));
  }

  static byte[] logo() {
    var image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x0b7a5c));
    g.fillRoundRect(0, 0, 240, 80, 30, 30);
    g.setColor(Color.WHITE);
    g.fillOval(20, 15, 50, 50);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String money(long minor, String currency) {
    return Money.of(minor, currency).format();
  }
}
