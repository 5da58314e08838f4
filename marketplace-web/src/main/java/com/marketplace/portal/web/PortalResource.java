package com.marketplace.portal.web;

import com.marketplace.desk.boundary.TimeApprovals;
import com.marketplace.desk.entity.PendingTime;
import com.marketplace.desk.entity.TimeDecision;
import com.marketplace.desk.entity.TimeDecisionResult;
import com.marketplace.desk.web.ApprovalResource;
import com.marketplace.identity.entity.Member;
import com.marketplace.invoicing.boundary.InvoicePayments;
import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.boundary.Quotes;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.invoicing.entity.QuoteRow;
import com.marketplace.invoicing.entity.QuoteView;
import com.marketplace.invoicing.web.InvoiceResource;
import com.marketplace.invoicing.web.QuoteResource;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.KnownFields;
import com.marketplace.portal.boundary.Portal;
import com.marketplace.portal.entity.PortalAccount;
import com.marketplace.portal.entity.PortalProfile;
import com.marketplace.subscriptions.boundary.Subscriptions;
import com.marketplace.subscriptions.entity.ChangePreview;
import com.marketplace.subscriptions.entity.PlanView;
import com.marketplace.subscriptions.entity.SubscriptionView;
import com.marketplace.subscriptions.web.SubscriptionResource;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The portal's own API for its customer (a portal account or a client member): their invoices (and
 * PDFs and receipts) and paying them by card, quotes to accept or reject, time to approve or
 * reject, subscriptions with the plan change after its preview, cancellation at the period's end
 * and a new card, and their profile. Everything a portal page does, through the boundary that page
 * calls, which checks every id against the caller (another customer's answers 404); the profile
 * takes only name, phone and billing address.
 */
@Path("portal")
@Tag(name = "Portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {

  @Inject Portal portal;
  @Inject Invoices invoices;
  @Inject InvoicePayments payments;
  @Inject Quotes quotes;
  @Inject TimeApprovals approvals;
  @Inject Subscriptions subscriptions;
  @Context UriInfo uri;

  /** A card payment of any part of what is open (minor units), as the invoice page takes it. */
  public record CardPayment(
      @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) Long amount,
      @NotBlank @Size(max = 40) String card) {}

  /** The payment made (or found again under its key), its receipt once paid, and the invoice. */
  public record Paid(InvoiceView.Payment payment, String receipt, InvoiceView invoice) {}

  /** A decision on one entry: approve (a comment if wished) or reject (a reason required). */
  public record EntryDecision(
      @NotNull TimeDecision.Verdict decision,
      @Size(max = TimeDecision.COMMENT_MAX) String comment) {}

  /** A new card for a subscription's next bills. */
  public record NewCard(@NotBlank @Size(max = 40) String card) {}

  /** The card that pays from now on. */
  public record CardOnFile(String cardLast4) {}

  /**
   * The caller's own details; a field left out (or null) stays as it is, an empty phone or billing
   * address clears it. The bounds are the page's.
   */
  public record ProfileChange(
      @Size(min = 1, max = Member.NAME_MAX) String name,
      @Size(max = PortalProfile.PHONE_MAX) String phone,
      @Size(max = PortalProfile.ADDRESS_MAX) String billingAddress) {}

  @GET
  @Path("invoices")
  public List<InvoiceRow> invoices() {
    return invoices.received(0, Portal.SHOWN_MAX);
  }

  @GET
  @Path("invoices/{id}")
  public InvoiceView invoice(@PathParam("id") long id) {
    return invoices.get(id);
  }

  @GET
  @Path("invoices/{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("id") long id) {
    return InvoiceResource.download(invoices.pdf(id));
  }

  @GET
  @Path("receipts/{payment}")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response receipt(@PathParam("payment") long payment) {
    return InvoiceResource.download(invoices.receipt(payment));
  }

  @GET
  @Path("quotes")
  public List<QuoteRow> quotes() {
    return quotes.received(0, Quotes.PAGE_MAX);
  }

  @GET
  @Path("quotes/{id}")
  public QuoteView quote(@PathParam("id") long id) {
    return quotes.get(id);
  }

  @GET
  @Path("time")
  public PendingTime time() {
    return approvals.pending();
  }

  @GET
  @Path("subscriptions")
  public List<SubscriptionView> subscriptions() {
    return subscriptions.mine();
  }

  @GET
  @Path("subscriptions/{id}")
  public SubscriptionView subscription(@PathParam("id") long id) {
    return subscriptions.get(id);
  }

  /**
   * Pays {@code amount} of the invoice by card, as Pay now does, under the client's {@code
   * Idempotency-Key}: the first request makes the payment (201, its receipt's address in Location
   * once paid); the same key again answers that payment (200) and pays nothing more.
   */
  @POST
  @Path("invoices/{id}/payments")
  @Operation(summary = "Pays any part of what is open of the caller's invoice by card")
  @APIResponse(
      responseCode = "201",
      description = "The payment made, its receipt's address once paid, and the invoice",
      content = @Content(schema = @Schema(implementation = Paid.class)))
  @APIResponse(
      responseCode = "200",
      description = "The payment made earlier under the same Idempotency-Key",
      content = @Content(schema = @Schema(implementation = Paid.class)))
  public Response pay(
      @PathParam("id") long id,
      @HeaderParam("Idempotency-Key") @NotBlank @Size(max = InvoicePayment.KEY_MAX) String key,
      @Valid @NotNull CardPayment request) {
    InvoicePayments.CardPayment made =
        payments.payByCardUnder(id, key, request.amount(), request.card());
    InvoiceView after = made.invoice();
    long paymentId = made.paymentId();
    InvoiceView.Payment payment =
        after.payments().stream().filter(p -> p.id() == paymentId).findFirst().orElseThrow();
    URI receipt =
        payment.receiptNumber() == null
            ? null
            : uri.getBaseUriBuilder()
                .path(PortalResource.class)
                .path("receipts/{payment}")
                .build(paymentId);
    Response.ResponseBuilder answer =
        made.repeated()
            ? Response.ok()
            : Response.status(Response.Status.CREATED).location(receipt);
    return answer
        .entity(new Paid(payment, receipt == null ? null : receipt.toString(), after))
        .build();
  }

  @POST
  @Path("quotes/{id}/acceptance")
  @Operation(summary = "Accepts a quote sent to the caller (again: the same answer)")
  public QuoteView accept(@PathParam("id") long id) {
    return quotes.accept(id);
  }

  @POST
  @Path("quotes/{id}/rejection")
  @Operation(summary = "Rejects a quote sent to the caller, with the reason")
  public QuoteView reject(
      @PathParam("id") long id, @Valid @NotNull QuoteResource.RejectionRequest request) {
    return quotes.reject(id, request.comment());
  }

  /**
   * Approves or rejects the entries at once with one comment (required to reject); entries decided
   * already are answered as such; any entry not the caller's to decide makes it 404.
   */
  @POST
  @Path("time/decisions")
  @Operation(summary = "Approves or rejects time entries submitted to the caller")
  public TimeDecisionResult decide(@Valid @NotNull ApprovalResource.Decision decision) {
    return approvals.decide(
        decision.entryIds(), new TimeDecision(decision.decision(), decision.comment()));
  }

  @POST
  @Path("time/{entry}/decision")
  @Operation(summary = "Approves or rejects one time entry submitted to the caller")
  public TimeDecisionResult decideOne(
      @PathParam("entry") long entry, @Valid @NotNull EntryDecision decision) {
    return approvals.decide(
        List.of(entry), new TimeDecision(decision.decision(), decision.comment()));
  }

  @GET
  @Path("plans")
  @Operation(summary = "The plans a subscription may move to")
  public List<PlanView> plans() {
    return subscriptions.plansOnOffer();
  }

  @GET
  @Path("subscriptions/{id}/change-preview")
  @Operation(summary = "What moving the caller's subscription to the plan today costs")
  public ChangePreview preview(
      @PathParam("id") long id, @QueryParam("plan") @NotNull @Positive Long planId) {
    return subscriptions.previewChange(id, planId);
  }

  /**
   * Moves the caller's subscription to the plan as previewed: {@code net} is the preview's amount;
   * when it no longer holds the change is refused (409) and the preview is to be read again.
   */
  @POST
  @Path("subscriptions/{id}/plan-change")
  @Operation(summary = "Changes the caller's plan as previewed")
  public SubscriptionView change(
      @PathParam("id") long id, @Valid @NotNull SubscriptionResource.ChangeRequest change) {
    return subscriptions.changePlan(id, change.planId(), change.net());
  }

  @POST
  @Path("subscriptions/{id}/cancellation")
  @Operation(summary = "Cancels the caller's subscription at the end of its period")
  public SubscriptionView cancel(@PathParam("id") long id) {
    return subscriptions.cancelAtPeriodEnd(id);
  }

  @PUT
  @Path("subscriptions/{id}/card")
  @Operation(summary = "A new card for the next bills of the caller's subscription")
  public CardOnFile replaceCard(@PathParam("id") long id, @Valid @NotNull NewCard card) {
    return new CardOnFile(subscriptions.replaceCard(id, card.card()));
  }

  @GET
  @Path("profile")
  public PortalAccount profile() {
    return portal.account();
  }

  /**
   * Changes the caller's name, phone and billing address: the only fields of the body; any other
   * (email, role, id) is refused by name rather than ignored silently.
   */
  @PATCH
  @Path("profile")
  @KnownFields.Only
  @Operation(summary = "Changes the caller's name, phone or billing address (nothing else)")
  public PortalAccount changeProfile(@Valid @NotNull ProfileChange change) {
    PortalAccount now = portal.account();
    return portal.changeDetails(
        change.name() == null ? now.name() : change.name(),
        change.phone() == null ? now.phone() : change.phone(),
        change.billingAddress() == null ? now.billingAddress() : change.billingAddress());
  }
}
