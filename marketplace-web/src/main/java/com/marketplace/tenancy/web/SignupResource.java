package com.marketplace.tenancy.web;

import com.marketplace.identity.control.Passwords;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/businesses}: self-service sign-up of a business (T1). */
@Path("businesses")
@Tag(name = "Sign-in and session")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {

  @Inject BusinessSignup signup;

  public record Request(
      @Size(max = Tenant.NAME_MAX) String businessName,
      @Size(max = Tenant.SLUG_MAX) String slug,
      @Size(max = 3) String currency,
      BigDecimal feePercent,
      @Size(max = 7) String primaryColour,
      @Size(max = Member.NAME_MAX) String ownerName,
      @Size(max = Member.EMAIL_MAX) String ownerEmail,
      @Size(max = Passwords.MAX_LENGTH) String ownerPassword) {}

  @POST
  public Response signUp(@Valid @NotNull Request r) {
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
