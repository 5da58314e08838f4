package com.marketplace.identity.web;

import com.marketplace.audit.boundary.AuditLog;
import com.marketplace.identity.boundary.Members;
import com.marketplace.identity.boundary.Registration;
import com.marketplace.identity.control.Passwords;
import com.marketplace.identity.control.SignInThrottle;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.web.ProblemMappers;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Registration and sign-in for API clients. The workspace comes from the path ({@code
 * /api/v1/t/{slug}/...}, resolved by the workspace filter); the session cookie then authenticates
 * the other endpoints.
 */
@Path("")
@Tag(name = "Sign-in and session")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject SecurityContext security;
  @Inject AuditLog auditLog;
  @Inject Registration registration;
  @Inject Members members;
  @Inject SignInThrottle throttle;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  public record Credentials(
      @NotNull @Size(max = Member.EMAIL_MAX) String email,
      @NotNull @Size(max = Passwords.MAX_LENGTH) String password) {}

  public record Enrolment(
      @Size(max = Member.NAME_MAX) String displayName,
      @Size(max = Member.EMAIL_MAX) String email,
      @Size(max = Passwords.MAX_LENGTH) String password,
      @Size(max = 20) String role) {}

  /**
   * The answer to a registration, the same whether the email was free or already had an account
   * here (then nothing changed): telling the two apart would tell anyone who is a member.
   */
  public record Joined(String message) {}

  @POST
  @Path("t/{slug}/members")
  public Response register(@Valid @NotNull Enrolment e) {
    Role role;
    try {
      role = Role.valueOf(String.valueOf(e.role()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("The role must be CLIENT or FREELANCER.");
    }
    String message = registration.join(e.displayName(), e.email(), e.password(), role);
    return Response.status(Response.Status.ACCEPTED).entity(new Joined(message)).build();
  }

  @POST
  @Path("t/{slug}/session")
  public Response signIn(@Valid @NotNull Credentials c) {
    throttle.attempt(c.email(), request.getRemoteAddr());
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(c.email(), c.password()))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      return ProblemMappers.problem(
          401, "Unauthorized", "The email or password is not right.", null);
    }
    return Response.ok(members.me()).build();
  }

  @GET
  @Path("session")
  public MemberView whoAmI() {
    return members.me();
  }

  /** Log out all devices: every session and remembered sign-in of the caller ends, this one too. */
  @DELETE
  @Path("sessions")
  public Response signOutEverywhere() throws ServletException {
    members.forgetMyDevices();
    return endSession();
  }

  @DELETE
  @Path("session")
  public Response signOut() throws ServletException {
    if (request.getUserPrincipal() != null) {
      auditLog.signingOut();
    }
    return endSession();
  }

  private Response endSession() throws ServletException {
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Response.noContent().build();
  }
}
