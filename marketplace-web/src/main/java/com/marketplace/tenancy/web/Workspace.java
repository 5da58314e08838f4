package com.marketplace.tenancy.web;

import com.marketplace.platform.Money;
import com.marketplace.platform.MoneyFormat;
import com.marketplace.tenancy.entity.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Currency;
import java.util.Locale;

/** The workspace of the current request for templates: name, slug, branding. */
@Named
@RequestScoped
public class Workspace {

  @Inject HttpServletRequest request;

  public TenantView getCurrent() {
    return request.getAttribute(WorkspaceFilter.WORKSPACE) instanceof TenantView t ? t : null;
  }

  public boolean isPresent() {
    return getCurrent() != null;
  }

  /** The currency every amount of the workspace is in. */
  public Currency getCurrency() {
    return Currency.getInstance(getCurrent().currency());
  }

  /**
   * How the workspace writes amounts. Workspaces have no locale of their own yet, so they read like
   * the place their currency is at home ({@link MoneyFormat#homeLocale}: USD as in the US, EUR as
   * in Germany), the same for every member and in the emails.
   */
  public Locale getLocale() {
    return MoneyFormat.homeLocale(getCurrency());
  }

  /** Minor units in the workspace's currency: how the API carries amounts. */
  public Money money(long minorUnits) {
    return Money.of(minorUnits, getCurrency());
  }

  /** The brand colour, or the product's own when outside a workspace. */
  public String getColour() {
    return isPresent() ? getCurrent().primaryColour() : "#3b4cca";
  }
}
