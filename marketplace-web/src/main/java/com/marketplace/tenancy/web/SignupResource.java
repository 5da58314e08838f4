package com.marketplace.tenancy.web;

import com.marketplace.identity.entity.MemberView;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;

/** {@code POST /api/v1/businesses}: self-service sign-up of a business (T1). */
@Path("businesses")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {

  @Inject BusinessSignup signup;

  public record Request(
      String businessName,
      String slug,
      String currency,
      BigDecimal feePercent,
      String primaryColour,
      String ownerName,
      String ownerEmail,
      String ownerPassword) {}

  @POST
  public Response signUp(Request r) {
    if (r == null) {
      throw new com.marketplace.platform.InvalidInputException("A JSON body is required.");
    }
    MemberView owner =
        signup.signUp(
            new BusinessSignupForm(
                r.businessName(),
                r.slug(),
                r.currency(),
                r.feePercent(),
                r.primaryColour(),
                null,
                r.ownerName(),
                r.ownerEmail(),
                r.ownerPassword()));
    return Response.created(URI.create("t/" + r.slug().trim().toLowerCase())).entity(owner).build();
  }
}
