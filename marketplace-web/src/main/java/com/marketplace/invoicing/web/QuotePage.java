package com.marketplace.invoicing.web;

import com.marketplace.invoicing.boundary.Quotes;
import com.marketplace.invoicing.entity.Quote;
import com.marketplace.invoicing.entity.QuoteView;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.invoicing.entity.TaxCategory;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A quote's page (H6). Its issuer writes a draft (recipient details, title, valid-until date,
 * notes, lines by hand) and sends it; the member it is sent to accepts it or rejects it with a
 * reason. Every action goes back to the page (POST-redirect-GET); a refusal shows as a message.
 */
@Named
@ViewScoped
public class QuotePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Quotes quotes;

  private long id;
  private QuoteView quote;

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

  @Size(max = Quote.TITLE_MAX)
  private String title;

  private LocalDate validUntil;

  @Size(max = Quote.NOTES_MAX)
  private String notes;

  // a line

  private final LineForm line = new LineForm();

  // the recipient's decision

  @Size(max = Quote.REJECTION_MAX)
  private String rejection;

  public void load() {
    quote = quotes.get(id);
    if (quote.mine() && quote.isDraft()) {
      Recipient r = quote.recipient();
      recipientName = r.name();
      recipientEmail = r.email();
      recipientAddress = r.address();
      recipientCountry = r.countryCode();
      recipientTaxId = r.taxId();
      title = quote.title();
      validUntil = quote.validUntil();
      notes = quote.notes();
    }
  }

  // the draft

  public String save() {
    quotes.describe(
        id,
        new Recipient(
            null,
            null,
            recipientName,
            recipientEmail,
            recipientAddress,
            recipientCountry,
            recipientTaxId),
        title,
        validUntil,
        notes);
    return done("Saved.");
  }

  public String addLine() {
    quotes.addLine(id, line.item());
    return done("Line added.");
  }

  public String removeLine(long lineId) {
    quotes.removeLine(id, lineId);
    return done("Line removed.");
  }

  public String delete() {
    quotes.delete(id);
    Pages.info("The draft was deleted.");
    return "/app/invoices/quotes?faces-redirect=true";
  }

  public String send() {
    QuoteView sent = quotes.send(id);
    return done("Sent as " + sent.number() + ".");
  }

  // the recipient

  public String accept() {
    QuoteView accepted = quotes.accept(id);
    return done(
        accepted.contractId() != null
            ? "Accepted: a fixed-price contract with its lines as milestones is open."
            : "Accepted: the project is on " + accepted.issuerName() + "'s desk.");
  }

  public String reject() {
    quotes.reject(id, rejection);
    return done("Rejected. " + quote.issuerName() + " is told why.");
  }

  private String done(String message) {
    Pages.info(message);
    return "/app/invoices/quote?faces-redirect=true&id=" + id;
  }

  // for the page

  /** A tax category's words, from its EN 16931 code as the tax summary carries it. */
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

  public QuoteView getQuote() {
    return quote;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getRejection() {
    return rejection;
  }

  public void setRejection(String rejection) {
    this.rejection = rejection;
  }
}
