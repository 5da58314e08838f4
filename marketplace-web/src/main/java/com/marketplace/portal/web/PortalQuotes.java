package com.marketplace.portal.web;

import com.marketplace.invoicing.boundary.Quotes;
import com.marketplace.invoicing.entity.QuoteRow;
import com.marketplace.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Quotes sent to the customer, each accepted or rejected (with a reason) here. */
@Named
@RequestScoped
public class PortalQuotes {

  @Inject Quotes quotes;

  private List<QuoteRow> received;
  private long quoteId;
  private String comment;

  public void load() {
    received = quotes.received(0, Quotes.PAGE_MAX);
  }

  public String accept() {
    quotes.accept(quoteId);
    Pages.info("Quote accepted.");
    return "/portal/quotes?faces-redirect=true";
  }

  public String reject() {
    quotes.reject(quoteId, comment);
    Pages.info("Quote rejected.");
    return "/portal/quotes?faces-redirect=true";
  }

  /** Read on first use, so a postback (Accept, Reject) finds the row its button sits in. */
  public List<QuoteRow> getReceived() {
    if (received == null) {
      load();
    }
    return received;
  }

  public long getQuoteId() {
    return quoteId;
  }

  public void setQuoteId(long quoteId) {
    this.quoteId = quoteId;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
