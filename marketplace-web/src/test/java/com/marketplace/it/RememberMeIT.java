package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.identity.boundary.Registration;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.Role;
import com.marketplace.identity.web.MemberIdentityStore;
import com.marketplace.identity.web.MemberRememberMeStore;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The identity stores inside the container: password check per workspace and remember-me. */
@ExtendWith(ArquillianExtension.class)
class RememberMeIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application().addClass(RememberMeIT.class);
  }

  @Inject BusinessSignup signup;
  @Inject Registration registration;
  @Inject TenantContext tenantContext;
  @Inject MemberIdentityStore identityStore;
  @Inject MemberRememberMeStore rememberMeStore;

  private MemberView newOwner() {
    String slug = "rm-" + UUID.randomUUID().toString().substring(0, 8);
    MemberView owner =
        signup.signUp(
            new BusinessSignupForm(
                "Remember " + slug,
                slug,
                "USD",
                BigDecimal.TEN,
                "#123456",
                null,
                "Rita",
                "rita@" + slug + ".test",
                "correct-horse-1"));
    tenantContext.use(owner.tenantId());
    return owner;
  }

  @Test
  void passwordIsCheckedWithinTheWorkspaceAndNamesTenantAndRole() {
    MemberView owner = newOwner();
    MemberView client =
        registration.register("Cody", "cody@example.test", "correct-horse-1", Role.CLIENT);

    var valid =
        identityStore.validate(
            new UsernamePasswordCredential("CODY@example.test", "correct-horse-1"));
    assertEquals(Status.VALID, valid.getStatus());
    assertEquals(owner.tenantId() + "/" + client.id(), valid.getCallerPrincipal().getName());
    assertEquals(Set.of("CLIENT"), valid.getCallerGroups());

    var invalid =
        identityStore.validate(new UsernamePasswordCredential("cody@example.test", "wrong-one"));
    assertEquals(Status.INVALID, invalid.getStatus());
  }

  @Test
  void rememberMeTokenSignsInUntilItIsRemoved() {
    MemberView owner = newOwner();
    var principal = new CallerPrincipal(owner.ref().principalName());

    String token = rememberMeStore.generateLoginToken(principal, Set.of("OWNER"));
    String another = rememberMeStore.generateLoginToken(principal, Set.of("OWNER"));
    assertNotEquals(token, another);

    var recalled = rememberMeStore.validate(new RememberMeCredential(token));
    assertEquals(Status.VALID, recalled.getStatus());
    assertEquals(owner.ref().principalName(), recalled.getCallerPrincipal().getName());
    assertEquals(Set.of("OWNER"), recalled.getCallerGroups());

    rememberMeStore.removeLoginToken(token);
    assertEquals(
        Status.INVALID, rememberMeStore.validate(new RememberMeCredential(token)).getStatus());
    assertEquals(
        Status.VALID, rememberMeStore.validate(new RememberMeCredential(another)).getStatus());
    assertEquals(
        Status.INVALID, rememberMeStore.validate(new RememberMeCredential("forged")).getStatus());
    assertTrue(token.length() >= 40, "tokens carry 256 random bits");
  }
}
