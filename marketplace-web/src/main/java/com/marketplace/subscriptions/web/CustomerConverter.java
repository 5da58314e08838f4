package com.marketplace.subscriptions.web;

import com.marketplace.platform.MarketplaceException;
import com.marketplace.subscriptions.boundary.Customers;
import com.marketplace.subscriptions.entity.CustomerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * A customer chosen on a page ({@code converter="customer"}, e.g. in an autocomplete): written as
 * its id, read back through {@link Customers}, so only the workspace's own can be chosen.
 */
@ApplicationScoped
@FacesConverter(value = "customer", managed = true)
public class CustomerConverter implements Converter<CustomerView> {

  @Inject Customers customers;

  @Override
  public CustomerView getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return customers.get(Long.parseLong(value.strip()));
    } catch (NumberFormatException | MarketplaceException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose one of the customers.", null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, CustomerView value) {
    return value == null ? "" : Long.toString(value.id());
  }
}
