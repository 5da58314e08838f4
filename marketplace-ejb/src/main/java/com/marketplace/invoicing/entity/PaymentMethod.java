package com.marketplace.invoicing.entity;

/** How an invoice was paid. */
public enum PaymentMethod {
  WALLET("Wallet"),
  CARD("Card"),
  BANK_TRANSFER("Bank transfer"),
  CASH("Cash"),
  ESCROW("Escrow");

  private final String label;

  PaymentMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Recorded by the issuer for money that did not pass through the workspace. */
  public boolean isOffline() {
    return this == BANK_TRANSFER || this == CASH;
  }
}
