package com.marketplace.desk.web;

import com.marketplace.desk.boundary.Clients;
import com.marketplace.desk.entity.ClientDetails;
import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ClientSearch;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The freelancer's clients (H1): one search box, a company filter and the archived ones on request,
 * all in the URL (a GET form, so bookmarks and the back button work), paged on the server. A new
 * client is written down in a dialog and opens on its own page.
 */
@Named
@ViewScoped
public class ClientList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Clients clients;

  private String q;
  private String company;
  private boolean archived;
  private ClientSearch search;
  private List<String> companies = List.of();
  private long total;

  private String name;
  private String email;
  private String phone;
  private String newCompany;
  private String notes;

  private final LazyDataModel<ClientRow> results =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          total = clients.count(search());
          return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<ClientRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return clients.list(search(), first, pageSize);
        }
      };

  /** Runs after the view parameters are set. */
  public void init() {
    companies = clients.companies();
  }

  public String create() {
    long id = clients.create(new ClientDetails(name, email, phone, newCompany, notes, null));
    Pages.info("“" + name.strip() + "” is in your book of clients.");
    return "/app/desk/client?faces-redirect=true&id=" + id;
  }

  ClientSearch search() {
    if (search == null) {
      try {
        search = new ClientSearch(q, company, archived);
      } catch (MarketplaceException e) {
        Pages.error(e.getMessage());
        search = new ClientSearch(null, company, archived);
      }
    }
    return search;
  }

  public LazyDataModel<ClientRow> getResults() {
    return results;
  }

  /** "12 clients", "1 client". */
  public String getMatches() {
    return total + (total == 1 ? " client" : " clients");
  }

  public List<String> getCompanies() {
    return companies;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public boolean isArchived() {
    return archived;
  }

  public void setArchived(boolean archived) {
    this.archived = archived;
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getNewCompany() {
    return newCompany;
  }

  public void setNewCompany(String newCompany) {
    this.newCompany = newCompany;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
