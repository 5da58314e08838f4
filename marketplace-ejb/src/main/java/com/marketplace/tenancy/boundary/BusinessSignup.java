package com.marketplace.tenancy.boundary;

import com.marketplace.identity.control.Enrolment;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Persistence;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.tenant.TenantFilter;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.control.Logos;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;

/** Self-service sign-up of a business: creates its tenant and its owner in one transaction (T1). */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class BusinessSignup {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject TenantContext tenantContext;
  @Inject Enrolment enrolment;
  @Inject Clock clock;

  public MemberView signUp(BusinessSignupForm form) {
    return signUp(form, false);
  }

  /**
   * A new workspace whose owner's address counts as confirmed: for the application's own seeding
   * (demo data), never for answers to the public.
   */
  public MemberView signUpConfirmed(BusinessSignupForm form) {
    return signUp(form, true);
  }

  private MemberView signUp(BusinessSignupForm form, boolean vouched) {
    var tenant =
        new Tenant(
            form.slug(),
            form.businessName(),
            form.currency(),
            feeBasisPoints(form.feePercent()),
            form.primaryColour(),
            clock.instant());
    if (form.logo() != null && form.logo().length > 0) {
      tenant.brandWith(form.logo(), Logos.check(form.logo()));
    }
    if (slugTaken(tenant.getSlug()) || !Persistence.persistUnique(em, tenant)) {
      throw new ConflictException(
          "The address \"" + tenant.getSlug() + "\" is already taken; choose another.");
    }
    // The new tenant's own rows are written in its scope, in this same transaction.
    TenantFilter.scopeTo(em, tenant.getId());
    tenantContext.use(tenant.getId());
    // the owner confirms the address by the emailed link, as every member who signs up does
    return enrolment.enrol(
        tenant.getId(),
        form.ownerName(),
        form.ownerEmail(),
        form.ownerPassword(),
        Role.OWNER,
        vouched);
  }

  private boolean slugTaken(String slug) {
    return !em.createNamedQuery(Tenant.BY_SLUG, Tenant.class)
        .setParameter("slug", slug)
        .getResultList()
        .isEmpty();
  }

  static int feeBasisPoints(BigDecimal percent) {
    if (percent == null) {
      throw new InvalidInputException("The platform fee is required (0 to 50 %).");
    }
    try {
      return percent.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInputException("The platform fee may have at most two decimals.");
    }
  }
}
