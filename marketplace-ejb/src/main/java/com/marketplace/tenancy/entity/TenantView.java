package com.marketplace.tenancy.entity;

/** What pages need to know of a tenant: identity and branding, never the logo bytes. */
public record TenantView(
    long id,
    String slug,
    String name,
    String currency,
    int feeBasisPoints,
    String primaryColour,
    boolean hasLogo) {

  public static TenantView of(Tenant t) {
    return new TenantView(
        t.getId(),
        t.getSlug(),
        t.getName(),
        t.getCurrency(),
        t.getFeeBasisPoints(),
        t.getPrimaryColour(),
        t.getLogoMediaType() != null);
  }

  /** The fee as a percentage for display, e.g. 1000 basis points → "10.00". */
  public String feePercent() {
    return String.format(
        java.util.Locale.ROOT, "%d.%02d", feeBasisPoints / 100, feeBasisPoints % 100);
  }
}
