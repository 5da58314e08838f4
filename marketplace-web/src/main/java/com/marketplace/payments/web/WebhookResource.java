package com.marketplace.payments.web;

import com.marketplace.payments.boundary.PaymentEvents;
import com.marketplace.payments.boundary.PaymentEvents.Kind;
import com.marketplace.payments.control.StripeStyleGateway;
import com.marketplace.payments.control.WebhookSignature;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/webhooks/stripe}: the Stripe-style provider reports payment outcomes. The
 * signature (HMAC-SHA256 with the configured secret, timestamp within five minutes) is checked
 * before anything is read; the event then applies once, in the tenant its signed metadata names.
 */
@Path("webhooks/stripe")
@Tag(name = "Webhooks")
public class WebhookResource {

  static final Map<String, Kind> KINDS =
      Map.of(
          "payment_intent.succeeded", Kind.CHARGE_SUCCEEDED,
          "payment_intent.payment_failed", Kind.CHARGE_FAILED,
          "payout.paid", Kind.PAYOUT_PAID,
          "payout.failed", Kind.PAYOUT_FAILED);

  @Inject PaymentEvents events;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  /** Unset means webhooks are refused (an empty default would count as no value at all). */
  @Inject
  @ConfigProperty(name = "marketplace.stripe.webhook-secret")
  Optional<String> secret;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response receive(@HeaderParam("Stripe-Signature") String signature, String payload) {
    WebhookSignature.verify(signature, payload, secret.orElse(null), clock.instant());
    JsonObject event;
    JsonObject object;
    long tenantId;
    try {
      event = Json.createReader(new StringReader(payload)).readObject();
      object = event.getJsonObject("data").getJsonObject("object");
      tenantId = Long.parseLong(object.getJsonObject("metadata").getString("tenant_id"));
      event.getString("id");
      object.getString("id");
    } catch (RuntimeException e) {
      throw new InvalidInputException("The webhook body is not an event this endpoint knows.");
    }
    Kind kind = KINDS.get(event.getString("type", ""));
    if (kind == null) {
      return Response.ok().build(); // an event type we do not use
    }
    String failure =
        Optional.ofNullable(object.get("failure_message"))
            .filter(JsonString.class::isInstance)
            .map(v -> ((JsonString) v).getString())
            .orElse(null);
    tenantContext.use(tenantId);
    boolean applied =
        events.onProviderEvent(
            StripeStyleGateway.NAME, event.getString("id"), kind, object.getString("id"), failure);
    return Response.ok(Json.createObjectBuilder().add("applied", applied).build().toString())
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
