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

/** Registration into a workspace as a client or freelancer (T4). */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Registration {

  @Inject TenantContext tenant;
  @Inject Enrolment enrolment;

  public MemberView register(String displayName, String email, String password, Role role) {
    if (role == null || !role.selfRegistrable()) {
      throw new InvalidInputException("Choose whether you join as a client or a freelancer.");
    }
    long tenantId =
        tenant.current().orElseThrow(() -> new InvalidInputException("Unknown workspace."));
    return enrolment.enrol(tenantId, displayName, email, password, role);
  }
}
