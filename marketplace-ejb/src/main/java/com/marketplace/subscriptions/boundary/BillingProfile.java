package com.marketplace.subscriptions.boundary;

import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.invoicing.control.InvoiceProfiles;
import com.marketplace.invoicing.entity.InvoiceProfile;
import com.marketplace.invoicing.entity.Issuers;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * What the workspace prints as the issuer of its subscription invoices: its business name, address,
 * country and tax id (an invoice is not issued without the tax id). The rest of the workspace's
 * invoicing profile (number prefix, terms, reminders) stays as it is.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class BillingProfile {

  @Inject InvoiceProfiles profiles;
  @Inject AuditTrail audit;

  public InvoiceProfile get() {
    return profiles.of(Issuers.WORKSPACE);
  }

  public InvoiceProfile write(
      String businessName, String address, String countryCode, String taxId) {
    InvoiceProfile profile = profiles.forUpdate(Issuers.WORKSPACE);
    profile.write(
        businessName,
        address,
        countryCode,
        taxId,
        profile.getInvoicePrefix(),
        profile.getPaymentTermsDays(),
        profile.getPaymentInstructions(),
        profile.getReminderDays());
    audit.record(AuditAction.BILLING_PROFILE_CHANGED, "billing_profile", null);
    return profile;
  }
}
