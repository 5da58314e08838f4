package com.marketplace.invoicing.entity;

import com.marketplace.desk.entity.DeskClient;
import com.marketplace.identity.entity.Member;
import com.marketplace.platform.Texts;
import java.util.Locale;

/**
 * Who an invoice is for, as printed: a CRM client of the issuer ({@code deskClientId}), a member of
 * the workspace ({@code memberId}), or both when the client is linked to a member; the member is
 * the one who may see and pay it in the app.
 */
public record Recipient(
    Long deskClientId,
    Long memberId,
    String name,
    String email,
    String address,
    String countryCode,
    String taxId) {

  public static final int NAME_MAX = 120;
  public static final int ADDRESS_MAX = 500;
  public static final int TAX_ID_MAX = 40;

  public Recipient {
    name = Texts.required(name, "recipient's name", NAME_MAX);
    email = Texts.optional(email, "recipient's email", 254);
    address = Texts.optional(address, "recipient's address", ADDRESS_MAX);
    countryCode = country(countryCode);
    taxId = Texts.optional(taxId, "recipient's tax id", TAX_ID_MAX);
  }

  /** A CRM client of the issuer's book, with the member it is linked to, if any. */
  public static Recipient of(DeskClient client) {
    return new Recipient(
        client.getId(),
        client.getMemberId(),
        client.getCompany() == null ? client.getName() : client.getCompany(),
        client.getEmail(),
        client.getBillingAddress(),
        client.getCountryCode(),
        client.getTaxId());
  }

  /** A member of the workspace, known by name and email only. */
  public static Recipient of(Member member) {
    return new Recipient(
        null, member.getId(), member.getDisplayName(), member.getEmail(), null, null, null);
  }

  /** An ISO 3166 country code, upper case; null when none is given. */
  public static String country(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(upper)) {
      throw new com.marketplace.platform.InvalidInputException(
          "“" + code.strip() + "” is not a country code (two letters, e.g. DE).");
    }
    return upper;
  }
}
