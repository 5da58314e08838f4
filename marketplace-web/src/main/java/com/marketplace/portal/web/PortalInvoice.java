package com.marketplace.portal.web;

import com.marketplace.invoicing.boundary.InvoicePayments;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Formats;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * An invoice in the portal: its lines and payments, Download PDF, and Pay now by card for any part
 * of what is open. The pay form carries an idempotency key made when the page is shown.
 */
@Named
@ViewScoped
public class PortalInvoice implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient InvoicePayments payments;
  @Inject transient Formats formats;

  private long id;
  private InvoiceView invoice;
  private Money amount;
  private String card;
  private String payKey = UUID.randomUUID().toString();

  /** Another customer's invoice (or none) answers 404, as it does everywhere in the portal. */
  public void load() throws java.io.IOException {
    try {
      invoice = payments.get(id);
    } catch (com.marketplace.platform.NotFoundException e) {
      var context = jakarta.faces.context.FacesContext.getCurrentInstance();
      context.getExternalContext().responseSendError(404, e.getMessage());
      context.responseComplete();
      return;
    }
    if (amount == null && invoice.isPayable()) {
      amount = invoice.open();
    }
  }

  public String payByCard() {
    if (amount == null) {
      throw new InvalidInputException("Enter the amount to pay.");
    }
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
    Pages.info(
        last != null && "PENDING".equals(last.status())
            ? "Payment pending: "
                + formats.money(amount)
                + " is paid once the card issuer confirms."
            : "Thank you: " + formats.money(amount) + " paid by card.");
    return "/portal/invoice?faces-redirect=true&id=" + id;
  }

  public InvoiceView getInvoice() {
    return invoice;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Money getAmount() {
    return amount;
  }

  public void setAmount(Money amount) {
    this.amount = amount;
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
