package com.marketplace.identity.boundary;

import com.marketplace.identity.control.Enrolment;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Registration into a workspace as a client or freelancer (T4). The public pages and API use {@link
 * #join}, which answers the same whether or not the email already has an account here, so nobody
 * can learn who is a member by trying to register them (account enumeration); {@link #register},
 * which says so, is for the application's own seeding.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Registration {

  /** The answer to every accepted registration, a new account or not. */
  public static final String JOINED =
      "Thank you. Sign in with your email and password (if you had joined with this email before,"
          + " with the password you chose then). To move money or send messages, first confirm"
          + " your address with the link we emailed you.";

  @Inject TenantContext tenant;
  @Inject Enrolment enrolment;

  /**
   * Joins the workspace unless the email is taken in it, and tells nothing of which happened: the
   * same checks (name, email, password policy), the same work (the password is hashed either way)
   * and the same answer ({@link #JOINED}).
   */
  public String join(String displayName, String email, String password, Role role) {
    enrolment.enrolUnlessTaken(tenantId(role), displayName, email, password, role);
    return JOINED;
  }

  /**
   * The new member, its address counted as confirmed; refused when the email is taken. For the
   * application's own seeding (demo data), never for answers to the public.
   */
  public MemberView register(String displayName, String email, String password, Role role) {
    return enrolment.enrol(tenantId(role), displayName, email, password, role, true);
  }

  private long tenantId(Role role) {
    if (role == null || !role.selfRegistrable()) {
      throw new InvalidInputException("Choose whether you join as a client or a freelancer.");
    }
    return tenant.current().orElseThrow(() -> new InvalidInputException("Unknown workspace."));
  }
}
