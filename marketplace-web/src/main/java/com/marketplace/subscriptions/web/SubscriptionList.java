package com.marketplace.subscriptions.web;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.web.Pages;
import com.marketplace.subscriptions.boundary.Customers;
import com.marketplace.subscriptions.boundary.Plans;
import com.marketplace.subscriptions.boundary.Subscriptions;
import com.marketplace.subscriptions.entity.CustomerView;
import com.marketplace.subscriptions.entity.PlanView;
import com.marketplace.subscriptions.entity.SubscriptionStatus;
import com.marketplace.subscriptions.entity.SubscriptionView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's subscriptions (S3): of one status and one customer when asked (in the URL), newest
 * first, paged on the server. A new one is a customer (found as the owner types), an active plan
 * and the day it starts; it opens on its own page.
 */
@Named
@ViewScoped
public class SubscriptionList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many customers the chooser shows as the owner types. */
  static final int SUGGESTIONS = 10;

  @Inject Subscriptions subscriptions;
  @Inject Customers customers;
  @Inject Plans plans;
  @Inject Clock clock;

  private String status;
  private Long customerFilter;
  private SubscriptionStatus statusFilter;
  private CustomerView filteredCustomer;
  private List<PlanView> planChoices = List.of();
  private long total;

  // the dialog
  private CustomerView customer;
  private Long plan;
  private LocalDate startOn;

  private final LazyDataModel<SubscriptionView> results =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          total = subscriptions.count(statusFilter, customerFilter, null);
          return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<SubscriptionView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return subscriptions.list(statusFilter, customerFilter, null, first, pageSize);
        }
      };

  /** Runs after the view parameters are set. */
  public void init() {
    if (status != null && !status.isBlank()) {
      try {
        statusFilter = SubscriptionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        Pages.error("There is no status “" + status.strip() + "”; all are shown.");
        status = null;
      }
    }
    if (customerFilter != null) {
      try {
        filteredCustomer = customers.get(customerFilter);
        customer = filteredCustomer;
      } catch (MarketplaceException e) {
        Pages.error(e.getMessage());
        customerFilter = null;
      }
    }
    planChoices = plans.list(false);
    startOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** The customers whose name or email has the typed text in it. */
  public List<CustomerView> findCustomers(String text) {
    if (text == null || text.isBlank() || text.strip().length() > Customers.SEARCH_MAX) {
      return List.of();
    }
    return customers.list(text, 0, SUGGESTIONS);
  }

  public String create() {
    if (customer == null) {
      throw new InvalidInputException("Choose the customer.");
    }
    if (plan == null) {
      throw new InvalidInputException("Choose the plan.");
    }
    if (startOn == null) {
      throw new InvalidInputException("Choose the day it starts.");
    }
    SubscriptionView created = subscriptions.subscribe(customer.id(), plan, startOn);
    Pages.info(created.customerName() + " subscribes to “" + created.planName() + "”.");
    return "/app/owner/subscription?faces-redirect=true&id=" + created.id();
  }

  public LazyDataModel<SubscriptionView> getResults() {
    return results;
  }

  /** "12 subscriptions", "1 subscription". */
  public String getMatches() {
    return total + (total == 1 ? " subscription" : " subscriptions");
  }

  public SubscriptionStatus[] getStatuses() {
    return SubscriptionStatus.values();
  }

  public List<PlanView> getPlanChoices() {
    return planChoices;
  }

  /** The customer the list is filtered by, if any. */
  public CustomerView getFilteredCustomer() {
    return filteredCustomer;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Long getCustomerFilter() {
    return customerFilter;
  }

  public void setCustomerFilter(Long customerFilter) {
    this.customerFilter = customerFilter;
  }

  public CustomerView getCustomer() {
    return customer;
  }

  public void setCustomer(CustomerView customer) {
    this.customer = customer;
  }

  public Long getPlan() {
    return plan;
  }

  public void setPlan(Long plan) {
    this.plan = plan;
  }

  public LocalDate getStartOn() {
    return startOn;
  }

  public void setStartOn(LocalDate startOn) {
    this.startOn = startOn;
  }
}
