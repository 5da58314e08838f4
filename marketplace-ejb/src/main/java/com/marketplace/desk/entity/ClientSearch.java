package com.marketplace.desk.entity;

import com.marketplace.platform.Texts;

/**
 * A search in a freelancer's book of clients: one text found anywhere in the name, email, phone,
 * company or notes; a company; and whether archived clients are listed too.
 */
public record ClientSearch(String text, String company, boolean archived) {

  public static final int TEXT_MAX = 200;

  public ClientSearch {
    text = Texts.optional(text, "search text", TEXT_MAX);
    company = Texts.optional(company, "company", DeskClient.COMPANY_MAX);
  }

  public static ClientSearch all() {
    return new ClientSearch(null, null, false);
  }

  /**
   * The text as a {@code LIKE} pattern (escape character {@code !}) that finds it anywhere: what
   * the member typed is matched literally, so {@code 50%} finds "50%", not "500".
   */
  public String pattern() {
    return Texts.containing(text);
  }
}
