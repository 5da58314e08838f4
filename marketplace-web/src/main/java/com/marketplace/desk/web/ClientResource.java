package com.marketplace.desk.web;

import com.marketplace.desk.boundary.Clients;
import com.marketplace.desk.entity.ClientDetails;
import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ClientSearch;
import com.marketplace.desk.entity.ClientView;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.identity.web.AccountResource;
import com.marketplace.portal.boundary.PortalInvites;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A freelancer's book of clients over the API (H1): search, filter and page it, write clients down,
 * archive, restore and delete them. Another freelancer's client answers 404.
 */
@Path("desk/clients")
@Tag(name = "Desk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

  /** The most clients a page holds. */
  public static final int PAGE_MAX = 100;

  /** The deepest a page may start. */
  public static final int FIRST_MAX = 1_000_000;

  @Inject Clients clients;
  @Inject PortalInvites invites;

  /** A client as the API writes it down; {@code memberId} links a client member. */
  public record ClientRequest(
      @NotBlank @Size(max = DeskClient.NAME_MAX) String name,
      @Size(max = DeskClient.EMAIL_MAX) String email,
      @Size(max = DeskClient.PHONE_MAX) String phone,
      @Size(max = DeskClient.COMPANY_MAX) String company,
      @Size(max = DeskClient.NOTES_MAX) String notes,
      @Positive Long memberId,
      @Size(max = DeskClient.ADDRESS_MAX) String billingAddress,
      @Size(max = 2) String countryCode,
      @Size(max = DeskClient.TAX_ID_MAX) String taxId) {

    ClientDetails details() {
      return new ClientDetails(
          name, email, phone, company, notes, memberId, billingAddress, countryCode, taxId);
    }
  }

  /** A page of clients and how many match in all. */
  public record Page(long total, List<ClientRow> clients) {}

  @GET
  public Page list(
      @QueryParam("q") @Size(max = ClientSearch.TEXT_MAX) String text,
      @QueryParam("company") @Size(max = DeskClient.COMPANY_MAX) String company,
      @QueryParam("archived") @DefaultValue("false") boolean archived,
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(FIRST_MAX) int first,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PAGE_MAX) int size) {
    var search = new ClientSearch(text, company, archived);
    return new Page(clients.count(search), clients.list(search, first, size));
  }

  @GET
  @Path("companies")
  public List<String> companies() {
    return clients.companies();
  }

  @POST
  public Response create(@Valid @NotNull ClientRequest client) {
    long id = clients.create(client.details());
    return Response.status(Response.Status.CREATED).entity(clients.get(id)).build();
  }

  @GET
  @Path("{id}")
  public ClientView get(@PathParam("id") long id) {
    return clients.get(id);
  }

  @PUT
  @Path("{id}")
  public ClientView change(@PathParam("id") long id, @Valid @NotNull ClientRequest client) {
    clients.change(id, client.details());
    return clients.get(id);
  }

  @POST
  @Path("{id}/archival")
  public ClientView archive(@PathParam("id") long id) {
    clients.archive(id);
    return clients.get(id);
  }

  @POST
  @Path("{id}/restoration")
  public ClientView restore(@PathParam("id") long id) {
    clients.restore(id);
    return clients.get(id);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    clients.delete(id);
    return Response.noContent().build();
  }

  /**
   * Makes the client's portal account if there is none yet and emails it the invite link: 202; a
   * client without an email, or whose email is a member's, 400.
   */
  @POST
  @Path("{id}/portal-invitation")
  public Response invite(@PathParam("id") long id) {
    String email = invites.inviteClient(id);
    return Response.status(Response.Status.ACCEPTED)
        .entity(
            new AccountResource.Outcome("The invite to the portal is on its way to " + email + "."))
        .build();
  }
}
