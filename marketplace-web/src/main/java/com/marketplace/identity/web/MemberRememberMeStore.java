package com.marketplace.identity.web;

import com.marketplace.identity.boundary.Authentication;
import com.marketplace.platform.tenant.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import java.util.Set;

/** Remember-me tokens kept (hashed) in the database, so they survive restarts and span nodes. */
@ApplicationScoped
public class MemberRememberMeStore implements RememberMeIdentityStore {

  @Inject Authentication authentication;

  @Override
  public CredentialValidationResult validate(RememberMeCredential credential) {
    return authentication
        .recall(credential.getToken())
        .map(MemberIdentityStore::result)
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public String generateLoginToken(CallerPrincipal principal, Set<String> groups) {
    return authentication.remember(
        MemberRef.parse(principal.getName())
            .orElseThrow(() -> new IllegalStateException("Not a member: " + principal)));
  }

  @Override
  public void removeLoginToken(String token) {
    authentication.forget(token);
  }
}
