package com.marketplace.subscriptions.web;

import com.marketplace.identity.boundary.Members;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.web.Pages;
import com.marketplace.portal.boundary.PortalInvites;
import com.marketplace.subscriptions.boundary.Customers;
import com.marketplace.subscriptions.entity.CustomerDetails;
import com.marketplace.subscriptions.entity.CustomerView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's customers (S2): one search box over name and email (in the URL), paged on the server;
 * a customer written or changed in a dialog, either a member of the workspace (who pays from the
 * wallet) or someone known only for billing (who pays by card, of which only the last four digits
 * are ever shown).
 */
@Named
@ViewScoped
public class CustomerList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most members the chooser offers. */
  static final int MEMBERS_MAX = 100;

  @Inject Customers customers;
  @Inject Members members;
  @Inject PortalInvites invites;

  private String q;
  private String search;
  private long total;
  private List<MemberView> memberChoices = List.of();

  // the dialog
  private Long editing;
  private String editingCard;
  private Long memberId;
  private String name;
  private String email;
  private String billingAddress;
  private String country;
  private String taxId;
  private String card;

  private final LazyDataModel<CustomerView> results =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          total = customers.count(search());
          return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<CustomerView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return customers.list(search(), first, pageSize);
        }
      };

  /** Runs after the view parameters are set. */
  public void init() {
    memberChoices =
        members.list(0, MEMBERS_MAX).stream()
            .filter(m -> m.role() == Role.CLIENT || m.role() == Role.FREELANCER)
            .toList();
  }

  /** The search text, or none (a text too long to be one is said as a message). */
  String search() {
    if (search == null) {
      search = q == null ? "" : q.strip();
      if (search.length() > Customers.SEARCH_MAX) {
        Pages.error("The search text is at most " + Customers.SEARCH_MAX + " characters.");
        search = "";
      }
    }
    return search.isEmpty() ? null : search;
  }

  /** The dialog for a new customer. */
  public void startNew() {
    fill(null);
  }

  /** The dialog for a customer's change. */
  public void edit(long customerId) {
    fill(customers.get(customerId));
  }

  private void fill(CustomerView c) {
    editing = c == null ? null : c.id();
    editingCard = c == null ? null : c.cardLast4();
    memberId = c == null ? null : c.memberId();
    name = c == null ? null : c.name();
    email = c == null ? null : c.email();
    billingAddress = c == null ? null : c.billingAddress();
    country = c == null ? null : c.countryCode();
    taxId = c == null ? null : c.taxId();
    card = null;
  }

  /** Makes the customer's portal account if there is none yet and emails the invite link. */
  public String invite(long customerId) {
    String sentTo = invites.inviteCustomer(customerId);
    Pages.info("The invite to the portal is on its way to " + sentTo + ".");
    return back();
  }

  public String save() {
    var details = new CustomerDetails(memberId, name, email, billingAddress, country, taxId, card);
    CustomerView saved =
        editing == null ? customers.create(details) : customers.change(editing, details);
    Pages.info("“" + saved.name() + "” is " + (editing == null ? "a customer now." : "saved."));
    return back();
  }

  private String back() {
    return "/app/owner/customers?faces-redirect=true"
        + (q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  public LazyDataModel<CustomerView> getResults() {
    return results;
  }

  /** "12 customers", "1 customer". */
  public String getMatches() {
    return total + (total == 1 ? " customer" : " customers");
  }

  public List<MemberView> getMemberChoices() {
    return memberChoices;
  }

  public boolean isEditingCustomer() {
    return editing != null;
  }

  /** The last four digits of the card kept for the customer being changed, if any. */
  public String getEditingCard() {
    return editingCard;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getBillingAddress() {
    return billingAddress;
  }

  public void setBillingAddress(String billingAddress) {
    this.billingAddress = billingAddress;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getTaxId() {
    return taxId;
  }

  public void setTaxId(String taxId) {
    this.taxId = taxId;
  }

  public String getCard() {
    return card;
  }

  public void setCard(String card) {
    this.card = card;
  }
}
