package com.marketplace.invoicing.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.desk.boundary.Clients;
import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ClientSearch;
import com.marketplace.invoicing.boundary.Quotes;
import com.marketplace.invoicing.entity.NewQuote;
import com.marketplace.invoicing.entity.Quote;
import com.marketplace.invoicing.entity.QuoteRow;
import com.marketplace.invoicing.entity.QuoteStatus;
import com.marketplace.invoicing.entity.QuoteView;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The issuer's quotes (H6): filtered by where they stand today (the status is in the URL, the
 * filter form answers with a redirect to it), paged on the server. A new quote starts as a draft
 * for a CRM client (accepted, it becomes a project) or for the client of one of the freelancer's
 * contracts (accepted, a new fixed-price contract).
 */
@Named
@ViewScoped
public class QuoteList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How long a new quote is valid by default. */
  static final int VALID_DAYS = 30;

  @Inject Quotes quotes;
  @Inject Clients clients;
  @Inject Contracts contracts;

  private QuoteStatus status;
  private long total;
  private List<ClientRow> clientChoices = List.of();
  private List<ContractSummary> memberChoices = List.of();

  private Long newClient;
  private Long newContract;

  @Size(max = Quote.TITLE_MAX)
  private String newTitle;

  private LocalDate newValidUntil = LocalDate.now(ZoneOffset.UTC).plusDays(VALID_DAYS);

  private final LazyDataModel<QuoteRow> results =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          total = quotes.count(status);
          return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<QuoteRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return quotes.list(status, first, pageSize);
        }
      };

  /** Runs after the view parameters are set. */
  public void init() {
    clientChoices =
        clients.list(new ClientSearch(null, null, false), 0, InvoiceList.CLIENTS_MAX).stream()
            .filter(c -> !c.archived())
            .toList();
    Set<String> seen = new HashSet<>();
    memberChoices = contracts.mine().stream().filter(c -> seen.add(c.clientName())).toList();
  }

  /** The filter form: the list again at the address of its filter. */
  public String filter() {
    return "/app/invoices/quotes?faces-redirect=true"
        + (status == null ? "" : "&status=" + status.name());
  }

  /** Starts a draft for the chosen CRM client or the client of the chosen contract. */
  public String create() {
    if ((newClient == null) == (newContract == null)) {
      throw new InvalidInputException(
          "Choose either a client from your book or the client of one of your contracts.");
    }
    Long member = newContract == null ? null : contracts.get(newContract).clientId();
    QuoteView draft = quotes.draft(new NewQuote(newClient, member, newTitle, newValidUntil, null));
    Pages.info("A quote for “" + draft.recipient().name() + "” is started.");
    return "/app/invoices/quote?faces-redirect=true&id=" + draft.id();
  }

  public LazyDataModel<QuoteRow> getResults() {
    return results;
  }

  /** "12 quotes", "1 quote". */
  public String getMatches() {
    return total + (total == 1 ? " quote" : " quotes");
  }

  public QuoteStatus[] getStatusChoices() {
    return QuoteStatus.values();
  }

  public List<ClientRow> getClientChoices() {
    return clientChoices;
  }

  public List<ContractSummary> getMemberChoices() {
    return memberChoices;
  }

  public QuoteStatus getStatus() {
    return status;
  }

  public void setStatus(QuoteStatus status) {
    this.status = status;
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

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public LocalDate getNewValidUntil() {
    return newValidUntil;
  }

  public void setNewValidUntil(LocalDate newValidUntil) {
    this.newValidUntil = newValidUntil;
  }
}
