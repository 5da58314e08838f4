package com.marketplace.audit.entity;

/** What an audit event records. Stored by name: rename a constant only with a migration. */
public enum AuditAction {
  SIGN_IN("Signed in"),
  SIGN_IN_FAILED("Sign-in failed"),
  SIGN_OUT("Signed out"),
  SIGN_OUT_EVERYWHERE("Logged out all devices"),
  PASSWORD_CHANGED("Password changed"),
  PASSWORD_RESET_REQUESTED("Password reset requested"),
  PASSWORD_RESET("Password reset"),
  EMAIL_VERIFIED("Email verified"),
  INVITE_SENT("Invite sent"),
  API_TOKEN_CREATED("API token created"),
  API_TOKEN_REVOKED("API token revoked"),
  API_TOKEN_USED("API token used"),
  INVOICE_DOWNLOADED("Invoice downloaded"),
  RECEIPT_DOWNLOADED("Receipt downloaded"),
  INVOICE_PAYMENT_STARTED("Invoice payment started"),
  TOP_UP_STARTED("Wallet top-up started"),
  WITHDRAWAL_STARTED("Withdrawal started"),
  MEMBER_SUSPENDED("Member suspended"),
  MEMBER_REINSTATED("Member reinstated"),
  RULES_CHANGED("Marketplace rules changed"),
  DISPUTE_DECIDED("Dispute decided"),
  PLAN_CREATED("Plan created"),
  PLAN_CHANGED("Plan changed"),
  PLAN_ARCHIVED("Plan archived"),
  PLAN_RESTORED("Plan restored"),
  BILLING_PROFILE_CHANGED("Billing details changed"),
  INVOICE_SETTINGS_CHANGED("Invoice settings changed"),
  PROFILE_CHANGED("Profile changed"),
  PORTAL_SETTINGS_CHANGED("Portal settings changed"),
  PORTAL_PROFILE_CHANGED("Portal profile changed");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  /** How the owner's page and the CSV name it. */
  public String label() {
    return label;
  }
}
