package com.marketplace.invoicing.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.desk.boundary.Clients;
import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ClientSearch;
import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceSearch;
import com.marketplace.invoicing.entity.InvoiceTotals;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.invoicing.entity.NewInvoice;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The issuer's invoices (H5): filtered by status, CRM client, issue dates and text, all in the URL
 * (the filter form posts and is answered with a redirect to the filtered address, so bookmarks and
 * the back button work), paged on the server, with the totals per status above the list and the
 * same list as CSV. A new invoice starts as a draft for a CRM client or for the client of one of
 * the freelancer's contracts.
 */
@Named
@ViewScoped
public class InvoiceList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The statuses the filter offers, in the URL's words, with their labels. */
  static final Map<String, String> STATUSES = new LinkedHashMap<>();

  static {
    STATUSES.put("DRAFT", "Draft");
    STATUSES.put("ISSUED", "Issued");
    STATUSES.put("PARTIALLY_PAID", "Partially paid");
    STATUSES.put("PAID", "Paid");
    STATUSES.put("VOID", "Void");
    STATUSES.put(InvoiceSearch.OVERDUE, "Overdue");
  }

  /** The most CRM clients the choices offer. */
  static final int CLIENTS_MAX = 500;

  @Inject Invoices invoices;
  @Inject Clients clients;
  @Inject Contracts contracts;

  private String status;
  private Long client;
  private LocalDate from;
  private LocalDate to;

  @Size(max = InvoiceSearch.TEXT_MAX)
  private String q;

  private InvoiceSearch search;
  private InvoiceTotals totals;
  private List<ClientRow> clientChoices = List.of();
  private List<ContractSummary> contractChoices = List.of();
  private long total;

  private Long newClient;
  private Long newContract;

  private final LazyDataModel<InvoiceRow> results =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          // the totals above the list tell most counts; the database counts only the others
          InvoiceSearch now = search();
          total =
              (totals == null ? invoices.totals(now) : totals)
                  .matching(now.status())
                  .orElseGet(() -> invoices.count(now));
          return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<InvoiceRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return invoices.list(search(), first, pageSize);
        }
      };

  /** Runs after the view parameters are set. */
  public void init() {
    clientChoices = clients.list(new ClientSearch(null, null, true), 0, CLIENTS_MAX);
    contractChoices = oneContractPerClient(contracts.mine());
    totals = invoices.totals(search());
  }

  /** The filter form: the list again at the address of its filters. */
  public String filter() {
    return "/app/invoices/invoices?faces-redirect=true" + query(true);
  }

  /** Starts a draft for the chosen CRM client or the client of the chosen contract. */
  public String create() {
    if ((newClient == null) == (newContract == null)) {
      throw new InvalidInputException(
          "Choose either a client from your book or the client of one of your contracts.");
    }
    Long member = newContract == null ? null : contracts.get(newContract).clientId();
    InvoiceView draft = invoices.draft(new NewInvoice(newClient, member, null, null));
    Pages.info("A draft for “" + draft.recipient().name() + "” is started.");
    return "/app/invoices/invoice?faces-redirect=true&id=" + draft.id();
  }

  InvoiceSearch search() {
    if (search == null) {
      try {
        search = new InvoiceSearch(status, client, from, to, q);
      } catch (MarketplaceException e) {
        Pages.error(e.getMessage());
        search = new InvoiceSearch(null, client, null, null, null);
      }
    }
    return search;
  }

  /** The filters as query parameters ({@code &status=PAID&client=3…}), for links and redirects. */
  String query(boolean leadingAmpersand) {
    List<String> parts = new ArrayList<>();
    add(parts, "status", status);
    add(parts, "client", client == null ? null : client.toString());
    add(parts, "from", from == null ? null : from.toString());
    add(parts, "to", to == null ? null : to.toString());
    add(parts, "q", q);
    String joined = String.join("&", parts);
    return joined.isEmpty() ? "" : (leadingAmpersand ? "&" : "") + joined;
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  /** A contract per client for the "new invoice" choice: it names the client to invoice. */
  private static List<ContractSummary> oneContractPerClient(List<ContractSummary> mine) {
    Set<String> seen = new HashSet<>();
    return mine.stream().filter(c -> seen.add(c.clientName())).toList();
  }

  /** The address of the CSV export of the list as filtered. */
  public String getExportQuery() {
    return query(false);
  }

  public LazyDataModel<InvoiceRow> getResults() {
    return results;
  }

  public InvoiceTotals getTotals() {
    return totals;
  }

  /** "12 invoices", "1 invoice". */
  public String getMatches() {
    return total + (total == 1 ? " invoice" : " invoices");
  }

  public Map<String, String> getStatusChoices() {
    return STATUSES;
  }

  public List<ClientRow> getClientChoices() {
    return clientChoices;
  }

  /** The clients a new invoice may be for: those not archived. */
  public List<ClientRow> getActiveClients() {
    return clientChoices.stream().filter(c -> !c.archived()).toList();
  }

  public List<ContractSummary> getContractChoices() {
    return contractChoices;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() ? null : status;
  }

  public Long getClient() {
    return client;
  }

  public void setClient(Long client) {
    this.client = client;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public Long getNewClient() {
    return newClient;
  }

  public void setNewClient(Long newClient) {
    this.newClient = newClient;
  }

  public Long getNewContract() {
    return newContract;
  }

  public void setNewContract(Long newContract) {
    this.newContract = newContract;
  }
}
