package com.marketplace.portal.web;

import com.marketplace.identity.entity.Role;
import com.marketplace.invoicing.boundary.InvoicePayments;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.payments.boundary.Wallets;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Formats;
import com.marketplace.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * An invoice in the portal: its lines and payments, Download PDF, and Pay now for any part of what
 * is open: by card, or from the wallet for a client member (a portal account has none). The pay
 * form carries an idempotency key made when the page is shown.
 */
@Named
@ViewScoped
public class PortalInvoice implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient InvoicePayments payments;
  @Inject transient Formats formats;
  @Inject transient Wallets wallets;

  private long id;
  private InvoiceView invoice;
  private Money amount;
  private String card;
  private String payKey = UUID.randomUUID().toString();
  private Money walletBalance;

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
    if (invoice.isPayable() && isWallet()) {
      walletBalance = wallets.summary().available();
    }
  }

  public String payFromWallet() {
    Money paying = requireAmount();
    payments.payFromWallet(id, payKey, paying.minorUnits());
    payKey = UUID.randomUUID().toString();
    Pages.info("Thank you: " + formats.money(paying) + " paid from your wallet.");
    return "/portal/invoice?faces-redirect=true&id=" + id;
  }

  public String payByCard() {
    requireAmount();
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

  private Money requireAmount() {
    if (amount == null) {
      throw new InvalidInputException("Enter the amount to pay.");
    }
    return amount;
  }

  /** Whether the caller has a wallet to pay from: a client member does, a portal account not. */
  public boolean isWallet() {
    return !FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.PORTAL.name());
  }

  /** What the caller's wallet held when the page was shown (a client member's only). */
  public Money getWalletBalance() {
    return walletBalance;
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
