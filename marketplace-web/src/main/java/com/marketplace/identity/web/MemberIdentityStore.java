package com.marketplace.identity.web;

import com.marketplace.identity.boundary.Authentication;
import com.marketplace.identity.entity.MemberView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks an email and password within the workspace of the request (resolved from the path by
 * {@link com.marketplace.tenancy.web.WorkspaceFilter}). The caller principal names the tenant and
 * member; the member's role is the only group.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

  @Inject Authentication authentication;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return authentication
        .verify(credential.getCaller(), credential.getPasswordAsString())
        .map(MemberIdentityStore::result)
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  static CredentialValidationResult result(MemberView member) {
    return new CredentialValidationResult(
        new CallerPrincipal(member.ref().principalName()), Set.of(member.role().name()));
  }
}
