package com.marketplace.identity.web;

import com.marketplace.identity.boundary.AccountLinks;
import com.marketplace.identity.control.Passwords;
import com.marketplace.identity.entity.LinkPurpose;
import com.marketplace.identity.entity.Member;
import com.marketplace.platform.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Account security over the API: password reset, email verification, invites and changing one's
 * password. Requests naming an email answer 202 with the same message whether or not it has an
 * account; a link that cannot be used answers 400 (not ours) or 410 (used, replaced or expired).
 */
@Path("")
@Tag(name = "Sign-in and session")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject AccountLinks links;
  @Context HttpServletRequest request;

  public record EmailAddress(@NotNull @Size(max = Member.EMAIL_MAX) String email) {}

  public record Token(@NotNull @Size(max = 100) String token) {}

  public record TokenAndPassword(
      @NotNull @Size(max = 100) String token,
      @NotNull @Size(max = Passwords.MAX_LENGTH) String password) {}

  public record Renewal(
      @NotNull @Size(max = 100) String token, @NotNull @Size(max = 10) String purpose) {}

  public record PasswordChange(
      @NotNull @Size(max = Passwords.MAX_LENGTH) String currentPassword,
      @NotNull @Size(max = Passwords.MAX_LENGTH) String newPassword) {}

  /** What happened, in words for people. */
  public record Outcome(String message) {}

  @POST
  @Path("t/{slug}/password-reset-requests")
  @Operation(summary = "Emails a link to choose a new password, if the email has an account")
  public Response requestReset(@Valid @NotNull EmailAddress body) {
    return accepted(links.requestReset(body.email(), request.getRemoteAddr()));
  }

  @POST
  @Path("t/{slug}/password-resets")
  @Operation(summary = "Sets a new password with a reset link; every session of the member ends")
  public Outcome resetPassword(@Valid @NotNull TokenAndPassword body) {
    links.resetPassword(body.token(), body.password());
    return new Outcome("Your password is changed. Sign in with the new one.");
  }

  @POST
  @Path("t/{slug}/email-verifications")
  @Operation(summary = "Confirms an email address with the emailed link")
  public Outcome verifyEmail(@Valid @NotNull Token body) {
    links.verifyEmail(body.token());
    return new Outcome("Your email address is confirmed.");
  }

  @POST
  @Path("t/{slug}/invite-acceptances")
  @Operation(summary = "Sets the first password of an invited account, confirming its email")
  public Outcome acceptInvite(@Valid @NotNull TokenAndPassword body) {
    links.acceptInvite(body.token(), body.password());
    return new Outcome("Your password is set. Sign in with it.");
  }

  @POST
  @Path("t/{slug}/link-renewals")
  @Operation(summary = "Sends a new link in place of a used or expired one, to the same address")
  public Response renew(@Valid @NotNull Renewal body) {
    LinkPurpose purpose;
    try {
      purpose = LinkPurpose.valueOf(body.purpose().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("The purpose must be VERIFY, RESET or INVITE.");
    }
    return accepted(links.renew(body.token(), purpose, request.getRemoteAddr()));
  }

  @POST
  @Path("session/verification-email")
  @Operation(summary = "Sends the signed-in member a new link to confirm their email address")
  public Response resendVerification() {
    return accepted(links.resendVerification(request.getRemoteAddr()));
  }

  @PUT
  @Path("session/password")
  @Operation(summary = "Changes the signed-in member's password; their other sessions end")
  public Response changePassword(@Valid @NotNull PasswordChange body) {
    long epoch = links.changePassword(body.currentPassword(), body.newPassword());
    MemberSession.of(request).ifPresent(s -> keep(s, epoch));
    return Response.noContent().build();
  }

  /** This session stays signed in with the member's new epoch; every other one ends. */
  private void keep(MemberSession session, long epoch) {
    new MemberSession(
            session.tenantId(),
            session.memberId(),
            epoch,
            session.signedInAt(),
            session.lastSeenAt())
        .keepOn(request);
  }

  private static Response accepted(String message) {
    return Response.status(Response.Status.ACCEPTED).entity(new Outcome(message)).build();
  }
}
