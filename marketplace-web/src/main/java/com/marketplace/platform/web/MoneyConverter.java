package com.marketplace.platform.web;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.MoneyFormat;
import com.marketplace.tenancy.web.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * Amount fields of the pages ({@code converter="money"}): what a member types, in the workspace's
 * currency and way of writing numbers ("1,460.50" in dollars, "1.460,50" in euros), becomes {@link
 * Money}; an amount shows as the plain number ("1460.50", "1460,50"). A blank field is no amount;
 * anything else that is not an amount is refused with an example of one.
 */
@ApplicationScoped
@FacesConverter(value = "money", managed = true)
public class MoneyConverter implements Converter<Money> {

  @Inject Workspace workspace;

  @Override
  public Money getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return MoneyFormat.parse(value, workspace.getCurrency(), workspace.getLocale());
    } catch (InvalidInputException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Money value) {
    return value == null ? "" : MoneyFormat.decimal(value, workspace.getLocale());
  }
}
