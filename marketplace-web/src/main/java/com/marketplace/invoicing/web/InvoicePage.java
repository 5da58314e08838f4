package com.marketplace.invoicing.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.desk.boundary.Projects;
import com.marketplace.desk.entity.ProjectRow;
import com.marketplace.desk.entity.ProjectSearch;
import com.marketplace.invoicing.boundary.InvoicePayments;
import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.OfflinePayment;
import com.marketplace.invoicing.entity.PaymentMethod;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.invoicing.entity.TaxCategory;
import com.marketplace.invoicing.entity.TaxChoice;
import com.marketplace.invoicing.entity.TimeGrouping;
import com.marketplace.payments.boundary.Wallets;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Formats;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An invoice's page (H5). Its issuer writes a draft (recipient, terms, notes, lines taken from
 * approved time, released milestones or written by hand), issues it, voids it with a reason and
 * records money received outside the workspace; its recipient pays any part of what is open from
 * the wallet or by card. Each payment form carries an idempotency key made when the page is shown,
 * so a double click or a resubmit is one payment. Every action goes back to the page
 * (POST-redirect-GET); a refusal shows as a message on it.
 */
@Named
@ViewScoped
public class InvoicePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most projects and contracts the dialogs offer. */
  static final int CHOICES_MAX = 100;

  @Inject Invoices invoices;
  @Inject InvoicePayments payments;
  @Inject Projects projects;
  @Inject Contracts contracts;
  @Inject Wallets wallets;
  @Inject Formats formats;

  private long id;
  private InvoiceView invoice;
  private List<ProjectRow> projectChoices = List.of();
  private List<ContractSummary> contractChoices = List.of();
  private Boolean testCards;

  // the draft's details

  @Size(max = Recipient.NAME_MAX)
  private String recipientName;

  @Size(max = 254)
  private String recipientEmail;

  @Size(max = Recipient.ADDRESS_MAX)
  private String recipientAddress;

  @Size(max = 2)
  private String recipientCountry;

  @Size(max = Recipient.TAX_ID_MAX)
  private String recipientTaxId;

  @Min(0)
  @Max(Invoice.TERMS_DAYS_MAX)
  private Integer termsDays;

  @Size(max = Invoice.NOTES_MAX)
  private String notes;

  // lines from work

  private Long timeProject;
  private TimeGrouping grouping = TimeGrouping.ENTRY;

  @DecimalMin("0")
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 2)
  private BigDecimal timeTaxRate;

  private TaxCategory timeTaxCategory;

  private Long contract;

  @DecimalMin("0")
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 2)
  private BigDecimal milestoneTaxRate;

  private TaxCategory milestoneTaxCategory;

  // a line by hand

  private final LineForm line = new LineForm();

  // after issuing

  @Size(max = Invoice.VOID_REASON_MAX)
  private String voidReason;

  private PaymentMethod recordMethod = PaymentMethod.BANK_TRANSFER;
  private Money recordAmount;

  @Size(max = InvoicePayment.REFERENCE_MAX)
  private String recordReference;

  private String recordKey = UUID.randomUUID().toString();

  // the recipient pays

  private Money payAmount;
  private String card;
  private String payKey = UUID.randomUUID().toString();

  public void load() {
    invoice = invoices.get(id);
    if (invoice.mine() && invoice.isDraft()) {
      Recipient r = invoice.recipient();
      recipientName = r.name();
      recipientEmail = r.email();
      recipientAddress = r.address();
      recipientCountry = r.countryCode();
      recipientTaxId = r.taxId();
      termsDays = invoice.termsDays();
      notes = invoice.notes();
      if (r.deskClientId() != null) {
        projectChoices = projects.list(new ProjectSearch(r.deskClientId(), null), 0, CHOICES_MAX);
      }
      contractChoices = contracts.mine().stream().limit(CHOICES_MAX).toList();
    }
    if (invoice.isPayable()) {
      payAmount = invoice.open();
      recordAmount = invoice.open();
    }
  }

  // the draft

  public String save() {
    invoices.describe(
        id,
        new Recipient(
            null,
            null,
            recipientName,
            recipientEmail,
            recipientAddress,
            recipientCountry,
            recipientTaxId),
        termsDays == null ? invoice.termsDays() : termsDays,
        notes);
    return done("Saved.");
  }

  public String addTime() {
    if (timeProject == null) {
      throw new InvalidInputException("Choose the project whose approved time to bill.");
    }
    int before = invoice.lines().size();
    InvoiceView after =
        invoices.addTime(
            id, timeProject, null, grouping, new TaxChoice(timeTaxRate, timeTaxCategory, null));
    return done(added(after.lines().size() - before, "of approved time"));
  }

  public String addMilestones() {
    if (contract == null) {
      throw new InvalidInputException("Choose the contract whose released milestones to bill.");
    }
    int before = invoice.lines().size();
    InvoiceView after =
        invoices.addMilestones(
            id, contract, null, new TaxChoice(milestoneTaxRate, milestoneTaxCategory, null));
    return done(added(after.lines().size() - before, "for released milestones"));
  }

  public String addLine() {
    invoices.addLine(id, line.item());
    return done("Line added.");
  }

  public String removeLine(long lineId) {
    invoices.removeLine(id, lineId);
    return done("Line removed; the work it billed can be billed again.");
  }

  public String delete() {
    invoices.delete(id);
    Pages.info("The draft was deleted.");
    return "/app/invoices/invoices?faces-redirect=true";
  }

  public String issue() {
    InvoiceView issued = invoices.issue(id);
    return done("Issued as " + issued.number() + ".");
  }

  // issued

  public String cancel() {
    invoices.cancel(id, voidReason);
    return done("The invoice is void. Its number stays taken.");
  }

  public String recordPayment() {
    if (recordAmount == null) {
      throw new InvalidInputException("Enter the amount received.");
    }
    invoices.recordPayment(
        id,
        new OfflinePayment(recordMethod, recordAmount.minorUnits(), recordReference, recordKey));
    recordKey = UUID.randomUUID().toString();
    return done("Recorded " + formats.money(recordAmount) + " received.");
  }

  // the recipient

  public String payFromWallet() {
    Money amount = requirePayAmount();
    payments.payFromWallet(id, payKey, amount.minorUnits());
    payKey = UUID.randomUUID().toString();
    return done("Paid " + formats.money(amount) + " from your wallet.");
  }

  public String payByCard() {
    Money amount = requirePayAmount();
    if (card == null || card.isBlank()) {
      throw new InvalidInputException("Enter the card number.");
    }
    InvoiceView after = payments.payByCard(id, payKey, amount.minorUnits(), card);
    payKey = UUID.randomUUID().toString();
    InvoiceView.Payment last = after.lastCardPayment().orElse(null);
    if (last != null && "FAILED".equals(last.status())) {
      Pages.error(last.failure() == null ? "The card payment failed." : last.failure());
      invoice = after;
      return null;
    }
    if (last != null && "PENDING".equals(last.status())) {
      return done(
          "Payment pending: " + formats.money(amount) + " is paid once the card issuer confirms.");
    }
    return done("Paid " + formats.money(amount) + " by card.");
  }

  private Money requirePayAmount() {
    if (payAmount == null) {
      throw new InvalidInputException("Enter the amount to pay.");
    }
    return payAmount;
  }

  private static String added(int lines, String what) {
    return lines == 1 ? "1 line " + what + " added." : lines + " lines " + what + " added.";
  }

  private String done(String message) {
    Pages.info(message);
    return "/app/invoices/invoice?faces-redirect=true&id=" + id;
  }

  // for the page

  /** Whether the page may name the sandbox's test cards (development only). */
  public boolean isTestCards() {
    if (testCards == null) {
      testCards = wallets.testCardsAccepted();
    }
    return testCards;
  }

  /** A tax category's words from its EN 16931 code ("S": "Standard rate"). */
  public String taxCategoryLabel(String code) {
    for (TaxCategory c : TaxCategory.values()) {
      if (c.code().equals(code)) {
        return c.label();
      }
    }
    return code;
  }

  public LineForm getLine() {
    return line;
  }

  public TaxCategory[] getTaxCategories() {
    return TaxCategory.values();
  }

  public Map<String, String> getUnits() {
    return LineItem.UNITS;
  }

  public List<PaymentMethod> getOfflineMethods() {
    return List.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH);
  }

  public InvoiceView getInvoice() {
    return invoice;
  }

  public List<ProjectRow> getProjectChoices() {
    return projectChoices;
  }

  public List<ContractSummary> getContractChoices() {
    return contractChoices;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public void setRecipientName(String recipientName) {
    this.recipientName = recipientName;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public void setRecipientEmail(String recipientEmail) {
    this.recipientEmail = recipientEmail;
  }

  public String getRecipientAddress() {
    return recipientAddress;
  }

  public void setRecipientAddress(String recipientAddress) {
    this.recipientAddress = recipientAddress;
  }

  public String getRecipientCountry() {
    return recipientCountry;
  }

  public void setRecipientCountry(String recipientCountry) {
    this.recipientCountry = recipientCountry;
  }

  public String getRecipientTaxId() {
    return recipientTaxId;
  }

  public void setRecipientTaxId(String recipientTaxId) {
    this.recipientTaxId = recipientTaxId;
  }

  public Integer getTermsDays() {
    return termsDays;
  }

  public void setTermsDays(Integer termsDays) {
    this.termsDays = termsDays;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getTimeProject() {
    return timeProject;
  }

  public void setTimeProject(Long timeProject) {
    this.timeProject = timeProject;
  }

  public TimeGrouping getGrouping() {
    return grouping;
  }

  public void setGrouping(TimeGrouping grouping) {
    this.grouping = grouping;
  }

  public BigDecimal getTimeTaxRate() {
    return timeTaxRate;
  }

  public void setTimeTaxRate(BigDecimal timeTaxRate) {
    this.timeTaxRate = timeTaxRate;
  }

  public TaxCategory getTimeTaxCategory() {
    return timeTaxCategory;
  }

  public void setTimeTaxCategory(TaxCategory timeTaxCategory) {
    this.timeTaxCategory = timeTaxCategory;
  }

  public Long getContract() {
    return contract;
  }

  public void setContract(Long contract) {
    this.contract = contract;
  }

  public BigDecimal getMilestoneTaxRate() {
    return milestoneTaxRate;
  }

  public void setMilestoneTaxRate(BigDecimal milestoneTaxRate) {
    this.milestoneTaxRate = milestoneTaxRate;
  }

  public TaxCategory getMilestoneTaxCategory() {
    return milestoneTaxCategory;
  }

  public void setMilestoneTaxCategory(TaxCategory milestoneTaxCategory) {
    this.milestoneTaxCategory = milestoneTaxCategory;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public void setVoidReason(String voidReason) {
    this.voidReason = voidReason;
  }

  public PaymentMethod getRecordMethod() {
    return recordMethod;
  }

  public void setRecordMethod(PaymentMethod recordMethod) {
    this.recordMethod = recordMethod;
  }

  public Money getRecordAmount() {
    return recordAmount;
  }

  public void setRecordAmount(Money recordAmount) {
    this.recordAmount = recordAmount;
  }

  public String getRecordReference() {
    return recordReference;
  }

  public void setRecordReference(String recordReference) {
    this.recordReference = recordReference;
  }

  public String getRecordKey() {
    return recordKey;
  }

  public void setRecordKey(String recordKey) {
    this.recordKey = recordKey;
  }

  public Money getPayAmount() {
    return payAmount;
  }

  public void setPayAmount(Money payAmount) {
    this.payAmount = payAmount;
  }

  public String getCard() {
    return card;
  }

  public void setCard(String card) {
    this.card = card;
  }

  public String getPayKey() {
    return payKey;
  }

  public void setPayKey(String payKey) {
    this.payKey = payKey;
  }
}
