package com.marketplace.invoicing.web;

import com.marketplace.invoicing.boundary.Quotes;
import com.marketplace.invoicing.entity.NewQuote;
import com.marketplace.invoicing.entity.Quote;
import com.marketplace.invoicing.entity.QuoteRow;
import com.marketplace.invoicing.entity.QuoteStatus;
import com.marketplace.invoicing.entity.QuoteView;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.invoicing.web.InvoiceResource.LineRequest;
import com.marketplace.platform.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quotes over the API (H6): a freelancer's drafts, lines, sending; the recipient's acceptance or
 * rejection; the print. Amounts are minor units of the workspace's currency, dates ISO days
 * (2026-12-31). Another member's or workspace's quote answers 404.
 */
@Path("quotes")
@Tag(name = "Quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {

  @Inject Quotes quotes;

  public record DraftRequest(
      @Positive Long clientId,
      @Positive Long memberId,
      @NotBlank @Size(max = Quote.TITLE_MAX) String title,
      @NotNull LocalDate validUntil,
      @Size(max = Quote.NOTES_MAX) String notes) {}

  public record DescribeRequest(
      @Size(max = Recipient.NAME_MAX) String name,
      @Size(max = 254) String email,
      @Size(max = Recipient.ADDRESS_MAX) String address,
      @Size(max = 2) String countryCode,
      @Size(max = Recipient.TAX_ID_MAX) String taxId,
      @NotBlank @Size(max = Quote.TITLE_MAX) String title,
      @NotNull LocalDate validUntil,
      @Size(max = Quote.NOTES_MAX) String notes) {}

  public record RejectionRequest(@NotBlank @Size(max = Quote.REJECTION_MAX) String comment) {}

  /** A page of quotes and how many match in all. */
  public record Page(long total, List<QuoteRow> quotes) {}

  /**
   * The caller's quotes, newest first; {@code status}: draft, sent, accepted, rejected, expired.
   */
  @GET
  public Page list(
      @QueryParam("status") @Size(max = 20) String status,
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(InvoiceResource.FIRST_MAX) int first,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Quotes.PAGE_MAX) int size) {
    QuoteStatus filter = status(status);
    return new Page(quotes.count(filter), quotes.list(filter, first, size));
  }

  /** The quotes sent to the caller. */
  @GET
  @Path("received")
  public List<QuoteRow> received(
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(InvoiceResource.FIRST_MAX) int first,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Quotes.PAGE_MAX) int size) {
    return quotes.received(first, size);
  }

  @POST
  public Response draft(@Valid @NotNull DraftRequest request) {
    QuoteView view =
        quotes.draft(
            new NewQuote(
                request.clientId(),
                request.memberId(),
                request.title(),
                request.validUntil(),
                request.notes()));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @Path("{id}")
  public QuoteView get(@PathParam("id") long id) {
    return quotes.get(id);
  }

  @PUT
  @Path("{id}")
  public QuoteView describe(@PathParam("id") long id, @Valid @NotNull DescribeRequest request) {
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
    return quotes.describe(id, details, request.title(), request.validUntil(), request.notes());
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    quotes.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/lines")
  public QuoteView addLine(@PathParam("id") long id, @Valid @NotNull LineRequest request) {
    return quotes.addLine(id, request.item());
  }

  @PUT
  @Path("{id}/lines/{line}")
  public QuoteView changeLine(
      @PathParam("id") long id, @PathParam("line") long line, @Valid @NotNull LineRequest request) {
    return quotes.changeLine(id, line, request.item());
  }

  @DELETE
  @Path("{id}/lines/{line}")
  public QuoteView removeLine(@PathParam("id") long id, @PathParam("line") long line) {
    return quotes.removeLine(id, line);
  }

  @POST
  @Path("{id}/send")
  public QuoteView send(@PathParam("id") long id) {
    return quotes.send(id);
  }

  /** The recipient accepts: once; accepting again answers the same quote. */
  @POST
  @Path("{id}/acceptance")
  public QuoteView accept(@PathParam("id") long id) {
    return quotes.accept(id);
  }

  @POST
  @Path("{id}/rejection")
  public QuoteView reject(@PathParam("id") long id, @Valid @NotNull RejectionRequest request) {
    return quotes.reject(id, request.comment());
  }

  @GET
  @Path("{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("id") long id) {
    return InvoiceResource.download(quotes.pdf(id));
  }

  private static QuoteStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return QuoteStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("Filter by draft, sent, accepted, rejected or expired.");
    }
  }
}
