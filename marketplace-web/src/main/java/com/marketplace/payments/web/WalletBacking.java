package com.marketplace.payments.web;

import com.marketplace.ledger.entity.EntryType;
import com.marketplace.payments.boundary.Wallets;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.PaymentView;
import com.marketplace.payments.entity.WalletLine;
import com.marketplace.payments.entity.WalletSummary;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Formats;
import com.marketplace.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The wallet page (W7): balances, top-up and withdrawal forms, history filtered by date range and
 * type (kept in the URL), paged on the server, exportable as CSV. Each form carries its own
 * idempotency key, renewed after a success, so a double submit moves money once.
 */
@Named
@ViewScoped
public class WalletBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Wallets wallets;
  @Inject Formats formats;

  private WalletSummary summary;
  private LocalDate from;
  private LocalDate to;
  private String type;
  private Money topUpAmount;
  private String card;
  private Boolean testCards;
  private String topUpKey = UUID.randomUUID().toString();
  private Money withdrawAmount;
  private String payoutAccount;
  private String withdrawKey = UUID.randomUUID().toString();

  private final LazyDataModel<WalletLine> history =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) wallets.historyCount(start(), end(), type);
        }

        @Override
        public List<WalletLine> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return wallets.history(start(), end(), type, first, pageSize);
        }
      };

  @PostConstruct
  void load() {
    summary = wallets.summary();
  }

  public void topUp() {
    PaymentView result = wallets.topUp(topUpKey, topUpAmount, card);
    report(
        result,
        "Added " + formats.money(result.amount()) + " to your wallet.",
        "Payment pending: "
            + formats.money(result.amount())
            + " will be added once the card issuer confirms.");
    // Answered, so the next submit is a new payment (a failed one is final too).
    topUpKey = UUID.randomUUID().toString();
    if (result.status() != PaymentStatus.FAILED) {
      topUpAmount = null;
    }
    load();
  }

  public void withdraw() {
    PaymentView result = wallets.withdraw(withdrawKey, withdrawAmount, payoutAccount);
    report(
        result,
        "Paid out " + formats.money(result.amount()) + ".",
        "Withdrawal of "
            + formats.money(result.amount())
            + " requested; it is held until the bank confirms.");
    withdrawKey = UUID.randomUUID().toString();
    withdrawAmount = null;
    load();
  }

  private void report(PaymentView result, String succeeded, String pending) {
    switch (result.status()) {
      case SUCCEEDED -> Pages.info(succeeded);
      case PENDING -> Pages.info(pending);
      case FAILED -> Pages.error(result.failure());
    }
  }

  Instant start() {
    return from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  Instant end() {
    return to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  public WalletSummary getSummary() {
    return summary;
  }

  public LazyDataModel<WalletLine> getHistory() {
    return history;
  }

  public EntryType[] getTypes() {
    return EntryType.values();
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

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type == null || type.isBlank() ? null : type;
  }

  public Money getTopUpAmount() {
    return topUpAmount;
  }

  public void setTopUpAmount(Money topUpAmount) {
    this.topUpAmount = topUpAmount;
  }

  /** Whether the page may name the sandbox's test cards (development only). */
  public boolean isTestCards() {
    if (testCards == null) {
      testCards = wallets.testCardsAccepted();
    }
    return testCards;
  }

  public String getCard() {
    return card;
  }

  public void setCard(String card) {
    this.card = card;
  }

  public Money getWithdrawAmount() {
    return withdrawAmount;
  }

  public void setWithdrawAmount(Money withdrawAmount) {
    this.withdrawAmount = withdrawAmount;
  }

  public String getPayoutAccount() {
    return payoutAccount;
  }

  public void setPayoutAccount(String payoutAccount) {
    this.payoutAccount = payoutAccount;
  }
}
