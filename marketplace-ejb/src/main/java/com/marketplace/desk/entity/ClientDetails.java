package com.marketplace.desk.entity;

import com.marketplace.platform.InvalidInputException;

/**
 * What a freelancer writes down about a client; only the name is required. The billing address,
 * country code and tax id are printed on the client's invoices.
 */
public record ClientDetails(
    String name,
    String email,
    String phone,
    String company,
    String notes,
    Long memberId,
    String billingAddress,
    String countryCode,
    String taxId) {

  /** A client without billing details. */
  public ClientDetails(
      String name, String email, String phone, String company, String notes, Long memberId) {
    this(name, email, phone, company, notes, memberId, null, null, null);
  }

  /**
   * A client member of the workspace as a new entry in the book: their name and email, the email
   * left out should the book refuse it (so that the member's work is never refused for it).
   */
  public static ClientDetails ofMember(String name, String email, long memberId) {
    String kept;
    try {
      kept = DeskClient.email(email);
    } catch (InvalidInputException refused) {
      kept = null;
    }
    return new ClientDetails(name, kept, null, null, null, memberId);
  }
}
