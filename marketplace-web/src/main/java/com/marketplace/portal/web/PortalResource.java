package com.marketplace.portal.web;

import com.marketplace.desk.boundary.TimeApprovals;
import com.marketplace.desk.entity.PendingTime;
import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.boundary.Quotes;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.invoicing.entity.QuoteRow;
import com.marketplace.invoicing.entity.QuoteView;
import com.marketplace.invoicing.web.InvoiceResource;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.portal.boundary.Portal;
import com.marketplace.portal.entity.PortalAccount;
import com.marketplace.subscriptions.boundary.Subscriptions;
import com.marketplace.subscriptions.entity.SubscriptionView;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The portal's own API for its customer: their invoices (and PDFs and receipts), quotes, time to
 * approve, subscriptions and profile. Every id is checked by the owning feature against the caller
 * (another customer's answers 404); the profile takes only name, phone and billing address.
 */
@Path("portal")
@Tag(name = "Portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {

  @Inject Portal portal;
  @Inject Invoices invoices;
  @Inject Quotes quotes;
  @Inject TimeApprovals approvals;
  @Inject Subscriptions subscriptions;

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

  @GET
  @Path("profile")
  public PortalAccount profile() {
    return portal.account();
  }

  /**
   * Changes the caller's name, phone and billing address: the only fields read from the body; any
   * other (email, role, id) is refused as unknown rather than ignored silently.
   */
  @PATCH
  @Path("profile")
  public PortalAccount changeProfile(JsonObject body) {
    for (String field : body.keySet()) {
      if (!List.of("name", "phone", "billingAddress").contains(field)) {
        throw new InvalidInputException(
            "Only name, phone and billingAddress can be changed here, not " + field + ".");
      }
    }
    PortalAccount now = portal.account();
    return portal.changeDetails(
        text(body, "name", now.name()),
        text(body, "phone", now.phone()),
        text(body, "billingAddress", now.billingAddress()));
  }

  private static String text(JsonObject body, String field, String current) {
    if (!body.containsKey(field)) {
      return current;
    }
    if (body.isNull(field)) {
      return null;
    }
    if (!(body.get(field) instanceof JsonString s)) {
      throw new InvalidInputException(field + " must be text.");
    }
    return s.getString();
  }
}
