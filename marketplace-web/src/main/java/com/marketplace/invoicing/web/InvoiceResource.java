package com.marketplace.invoicing.web;

import com.marketplace.invoicing.boundary.InvoiceFigures;
import com.marketplace.invoicing.boundary.InvoicePayments;
import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.InvoiceProfile;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceSearch;
import com.marketplace.invoicing.entity.InvoiceTotals;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.invoicing.entity.IssuerFigures;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.NewInvoice;
import com.marketplace.invoicing.entity.OfflinePayment;
import com.marketplace.invoicing.entity.PaymentMethod;
import com.marketplace.invoicing.entity.PrintedFile;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.invoicing.entity.TaxCategory;
import com.marketplace.invoicing.entity.TaxChoice;
import com.marketplace.invoicing.entity.TimeGrouping;
import com.marketplace.payments.entity.ProviderPayment;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Invoices over the API (H5): a freelancer's drafts, lines, issuing, voiding and recorded payments;
 * the recipient's payments from the wallet or by card; the prints. Amounts are minor units of the
 * workspace's currency. Another member's or workspace's invoice answers 404.
 */
@Path("invoices")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

  public static final int FIRST_MAX = 1_000_000;

  @Inject Invoices invoices;
  @Inject InvoicePayments payments;
  @Inject InvoiceFigures dashboard;

  public record DraftRequest(
      @Positive Long clientId,
      @Positive Long memberId,
      @Min(0) @Max(Invoice.TERMS_DAYS_MAX) Integer termsDays,
      @Size(max = Invoice.NOTES_MAX) String notes) {}

  public record DescribeRequest(
      @Size(max = Recipient.NAME_MAX) String name,
      @Size(max = 254) String email,
      @Size(max = Recipient.ADDRESS_MAX) String address,
      @Size(max = 2) String countryCode,
      @Size(max = Recipient.TAX_ID_MAX) String taxId,
      @NotNull @Min(0) @Max(Invoice.TERMS_DAYS_MAX) Integer termsDays,
      @Size(max = Invoice.NOTES_MAX) String notes) {}

  public record TimeRequest(
      @NotNull @Positive Long projectId,
      @Size(max = Invoice.LINES_MAX) List<@NotNull @Positive Long> entryIds,
      TimeGrouping grouping,
      @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate,
      TaxCategory taxCategory,
      @Size(max = LineItem.TAX_NOTE_MAX) String taxNote) {}

  public record MilestonesRequest(
      @NotNull @Positive Long contractId,
      @Size(max = 20) List<@NotNull @Positive Long> milestoneIds,
      @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate,
      TaxCategory taxCategory,
      @Size(max = LineItem.TAX_NOTE_MAX) String taxNote) {}

  public record LineRequest(
      @NotBlank @Size(max = LineItem.DESCRIPTION_MAX) String description,
      @NotNull BigDecimal quantity,
      @Size(max = 3) String unit,
      @NotNull @Max(Money.MAX_MINOR_UNITS) Long unitPrice,
      BigDecimal discount,
      BigDecimal taxRate,
      TaxCategory taxCategory,
      @Size(max = LineItem.TAX_NOTE_MAX) String taxNote) {
    LineItem item() {
      return new LineItem(
          description,
          quantity,
          unit == null ? "C62" : unit,
          unitPrice,
          discount,
          taxRate,
          taxCategory,
          taxNote,
          null,
          false);
    }
  }

  public record VoidRequest(@NotBlank @Size(max = Invoice.VOID_REASON_MAX) String reason) {}

  public record PaymentRequest(
      @NotNull PaymentMethod method,
      @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) Long amount,
      @NotBlank @Size(max = InvoicePayment.KEY_MAX) String key,
      @Size(max = 40) String card,
      @Size(max = InvoicePayment.REFERENCE_MAX) String reference) {}

  /** The issuer's invoicing details, as printed on every invoice. */
  public record ProfileRequest(
      @Size(max = InvoiceProfile.NAME_MAX) String businessName,
      @Size(max = InvoiceProfile.ADDRESS_MAX) String address,
      @Size(max = 2) String countryCode,
      @Size(max = Recipient.TAX_ID_MAX) String taxId,
      @NotBlank @Size(max = InvoiceProfile.PREFIX_MAX) String prefix,
      @NotNull @Min(0) @Max(Invoice.TERMS_DAYS_MAX) Integer termsDays,
      @Size(max = InvoiceProfile.INSTRUCTIONS_MAX) String instructions,
      @Size(max = 60) String reminderDays) {}

  public record Profile(
      String businessName,
      String address,
      String countryCode,
      String taxId,
      String prefix,
      int termsDays,
      String instructions,
      String reminderDays) {
    static Profile of(InvoiceProfile p) {
      return new Profile(
          p.getBusinessName(),
          p.getAddress(),
          p.getCountryCode(),
          p.getTaxId(),
          p.getInvoicePrefix(),
          p.getPaymentTermsDays(),
          p.getPaymentInstructions(),
          p.getReminderDays());
    }
  }

  /** A page of invoices, how many match in all, and the totals per status. */
  public record Page(long total, InvoiceTotals totals, List<InvoiceRow> invoices) {}

  @GET
  public Page list(
      @QueryParam("status") @Size(max = 20) String status,
      @QueryParam("client") @Positive Long client,
      @QueryParam("from") @Size(max = 10) String from,
      @QueryParam("to") @Size(max = 10) String to,
      @QueryParam("q") @Size(max = InvoiceSearch.TEXT_MAX) String text,
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(FIRST_MAX) int first,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Invoices.PAGE_MAX) int size) {
    var search = new InvoiceSearch(status, client, date(from, "from"), date(to, "to"), text);
    InvoiceTotals totals = invoices.totals(search);
    long total = totals.matching(search.status()).orElseGet(() -> invoices.count(search));
    return new Page(total, totals, invoices.list(search, first, size));
  }

  /** The freelancer's dashboard figures of their invoices (H7), beside the desk's. */
  @GET
  @Path("figures")
  public IssuerFigures figures() {
    return dashboard.figures();
  }

  @GET
  @Path("to-pay")
  public List<InvoiceRow> toPay(
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(FIRST_MAX) int first,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Invoices.PAGE_MAX) int size) {
    return invoices.toPay(first, size);
  }

  @GET
  @Path("profile")
  public Profile profile() {
    return Profile.of(invoices.profile());
  }

  @PUT
  @Path("profile")
  public Profile writeProfile(@Valid @NotNull ProfileRequest request) {
    return Profile.of(
        invoices.writeProfile(
            request.businessName(),
            request.address(),
            request.countryCode(),
            request.taxId(),
            request.prefix(),
            request.termsDays(),
            request.instructions(),
            request.reminderDays() == null ? "" : request.reminderDays()));
  }

  @POST
  public Response draft(@Valid @NotNull DraftRequest request) {
    InvoiceView view =
        invoices.draft(
            new NewInvoice(
                request.clientId(), request.memberId(), request.termsDays(), request.notes()));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @Path("{id}")
  public InvoiceView get(@PathParam("id") long id) {
    return invoices.get(id);
  }

  @PUT
  @Path("{id}")
  public InvoiceView describe(@PathParam("id") long id, @Valid @NotNull DescribeRequest request) {
    Recipient details =
        request.name() == null
            ? null
            : new Recipient(
                null,
                null,
                request.name(),
                request.email(),
                request.address(),
                request.countryCode(),
                request.taxId());
    return invoices.describe(id, details, request.termsDays(), request.notes());
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    invoices.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/time")
  public InvoiceView addTime(@PathParam("id") long id, @Valid @NotNull TimeRequest request) {
    return invoices.addTime(
        id,
        request.projectId(),
        request.entryIds(),
        request.grouping(),
        new TaxChoice(request.taxRate(), request.taxCategory(), request.taxNote()));
  }

  @POST
  @Path("{id}/milestones")
  public InvoiceView addMilestones(
      @PathParam("id") long id, @Valid @NotNull MilestonesRequest request) {
    return invoices.addMilestones(
        id,
        request.contractId(),
        request.milestoneIds(),
        new TaxChoice(request.taxRate(), request.taxCategory(), request.taxNote()));
  }

  @POST
  @Path("{id}/lines")
  public InvoiceView addLine(@PathParam("id") long id, @Valid @NotNull LineRequest request) {
    return invoices.addLine(id, request.item());
  }

  @PUT
  @Path("{id}/lines/{line}")
  public InvoiceView changeLine(
      @PathParam("id") long id, @PathParam("line") long line, @Valid @NotNull LineRequest request) {
    return invoices.changeLine(id, line, request.item());
  }

  @DELETE
  @Path("{id}/lines/{line}")
  public InvoiceView removeLine(@PathParam("id") long id, @PathParam("line") long line) {
    return invoices.removeLine(id, line);
  }

  @POST
  @Path("{id}/issue")
  public InvoiceView issue(@PathParam("id") long id) {
    return invoices.issue(id);
  }

  @POST
  @Path("{id}/void")
  public InvoiceView cancel(@PathParam("id") long id, @Valid @NotNull VoidRequest request) {
    return invoices.cancel(id, request.reason());
  }

  /**
   * A payment: from the caller's wallet or by card (the recipient), or recorded by the issuer as a
   * bank transfer or cash with its reference.
   */
  @POST
  @Path("{id}/payments")
  public InvoiceView pay(@PathParam("id") long id, @Valid @NotNull PaymentRequest request) {
    ProviderPayment.requireKey(request.key());
    return switch (request.method()) {
      case WALLET -> payments.payFromWallet(id, request.key(), request.amount());
      case CARD -> payments.payByCard(id, request.key(), request.amount(), request.card());
      case BANK_TRANSFER, CASH ->
          invoices.recordPayment(
              id,
              new OfflinePayment(
                  request.method(), request.amount(), request.reference(), request.key()));
      case ESCROW -> throw new InvalidInputException("Escrow payments are recorded by the issue.");
    };
  }

  @GET
  @Path("{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("id") long id) {
    return download(invoices.pdf(id));
  }

  @GET
  @Path("{id}/e-invoice")
  @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
  public Response eInvoice(@PathParam("id") long id) {
    return download(invoices.eInvoice(id));
  }

  @GET
  @Path("receipts/{payment}")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response receipt(@PathParam("payment") long payment) {
    return download(invoices.receipt(payment));
  }

  /**
   * A printed document as a download: its name encoded for any character a name may hold, and its
   * type never guessed by the browser. Every API that hands out invoices, receipts or quotes
   * answers with this.
   */
  public static Response download(PrintedFile file) {
    return Response.ok(file.content(), file.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static LocalDate date(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("“" + what + "” must be a date like 2026-11-29.");
    }
  }
}
