package com.marketplace.subscriptions.web;

import com.marketplace.identity.web.AccountResource;
import com.marketplace.payments.entity.CardNumber;
import com.marketplace.platform.web.RestApplication;
import com.marketplace.portal.boundary.PortalInvites;
import com.marketplace.subscriptions.boundary.Customers;
import com.marketplace.subscriptions.entity.Customer;
import com.marketplace.subscriptions.entity.CustomerDetails;
import com.marketplace.subscriptions.entity.CustomerView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspace's customers over the API (S2): searched and paged; a card shows its last four. */
@Tag(name = "Subscriptions")
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

  public static final int FIRST_MAX = 1_000_000;

  @Inject Customers customers;
  @Inject PortalInvites invites;

  /** A customer as the API writes it: a member ({@code memberId}) or name and email. */
  public record CustomerRequest(
      @Positive Long memberId,
      @Size(max = Customer.NAME_MAX) String name,
      @Size(max = Customer.EMAIL_MAX) String email,
      @Size(max = Customer.ADDRESS_MAX) String billingAddress,
      @Size(max = 2) String countryCode,
      @Size(max = Customer.TAX_ID_MAX) String taxId,
      @Size(max = CardNumber.TYPED_MAX) String card) {

    CustomerDetails details() {
      return new CustomerDetails(memberId, name, email, billingAddress, countryCode, taxId, card);
    }
  }

  /** A page of customers and how many match in all. */
  public record Page(long total, List<CustomerView> customers) {}

  @GET
  @Operation(summary = "The workspace's customers, searched and paged")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public Page list(
      @QueryParam("q") @Size(max = Customers.SEARCH_MAX) String text,
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(FIRST_MAX) int first,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Customers.PAGE_MAX) int size) {
    return new Page(customers.count(text), customers.list(text, first, size));
  }

  @POST
  public Response create(@Valid @NotNull CustomerRequest customer) {
    return Response.status(Response.Status.CREATED)
        .entity(customers.create(customer.details()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A customer")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public CustomerView get(@PathParam("id") long id) {
    return customers.get(id);
  }

  @PUT
  @Path("{id}")
  public CustomerView change(@PathParam("id") long id, @Valid @NotNull CustomerRequest customer) {
    return customers.change(id, customer.details());
  }

  /**
   * Makes the customer's portal account if there is none yet and emails it the invite link: 202; a
   * customer who is a member, or whose email is a member's, 400.
   */
  @POST
  @Path("{id}/portal-invitation")
  public Response invite(@PathParam("id") long id) {
    String email = invites.inviteCustomer(id);
    return Response.status(Response.Status.ACCEPTED)
        .entity(
            new AccountResource.Outcome("The invite to the portal is on its way to " + email + "."))
        .build();
  }
}
