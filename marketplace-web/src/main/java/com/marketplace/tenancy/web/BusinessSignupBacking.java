package com.marketplace.tenancy.web;

import com.marketplace.identity.web.SignIn;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.web.Pages;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

/** The business sign-up page (T1): opens the workspace, signs the owner in, shows the dashboard. */
@Named
@RequestScoped
public class BusinessSignupBacking {

  public static final List<String> CURRENCIES =
      List.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN", "INR");

  @Inject BusinessSignup signup;
  @Inject Tenants tenants;
  @Inject TenantContext tenantContext;
  @Inject SignIn signIn;

  private String businessName;
  private String slug;
  private String currency = "USD";
  private BigDecimal feePercent = new BigDecimal("10");
  private String primaryColour = "#3b4cca";
  private Part logo;
  private String ownerName;
  private String ownerEmail;
  private String ownerPassword;

  public void submit() throws IOException {
    var owner =
        signup.signUp(
            new BusinessSignupForm(
                businessName,
                slug,
                currency,
                feePercent,
                primaryColour,
                logoBytes(),
                ownerName,
                ownerEmail,
                ownerPassword));
    tenantContext.use(owner.tenantId());
    signIn.authenticate(tenants.get(owner.tenantId()), owner.email(), ownerPassword, false);
    Pages.info("Your marketplace is ready. Welcome, " + owner.displayName() + "!");
    Pages.redirect("/app/index.xhtml");
  }

  private byte[] logoBytes() throws IOException {
    if (logo == null || logo.getSize() == 0) {
      return null;
    }
    try (InputStream in = logo.getInputStream()) {
      // Read one byte past the limit so an oversized logo is refused by the boundary's check.
      return in.readNBytes(com.marketplace.tenancy.control.Logos.MAX_BYTES + 1);
    }
  }

  public List<String> getCurrencies() {
    return CURRENCIES;
  }

  public String getBusinessName() {
    return businessName;
  }

  public void setBusinessName(String businessName) {
    this.businessName = businessName;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getFeePercent() {
    return feePercent;
  }

  public void setFeePercent(BigDecimal feePercent) {
    this.feePercent = feePercent;
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public void setPrimaryColour(String primaryColour) {
    this.primaryColour = primaryColour;
  }

  public Part getLogo() {
    return logo;
  }

  public void setLogo(Part logo) {
    this.logo = logo;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public String getOwnerEmail() {
    return ownerEmail;
  }

  public void setOwnerEmail(String ownerEmail) {
    this.ownerEmail = ownerEmail;
  }

  public String getOwnerPassword() {
    return ownerPassword;
  }

  public void setOwnerPassword(String ownerPassword) {
    this.ownerPassword = ownerPassword;
  }
}
