package com.marketplace.it;

import com.marketplace.devstack.IntegrationStack;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The emails the run's SMTP server received, read where the tests run outside the application (the
 * server lives in the test JVM).
 */
public final class Mailbox {

  private Mailbox() {}

  /** The text of every email to the address whose subject ends with the words, oldest first. */
  public static List<String> texts(String address, String subjectEnd) {
    var smtp = IntegrationStack.smtp();
    if (smtp == null) {
      return List.of();
    }
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(e -> to(e).contains(address) && subject(e).endsWith(subjectEnd))
        .map(Api::text)
        .toList();
  }

  public static Optional<String> latest(String address, String subjectEnd) {
    var all = texts(address, subjectEnd);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static String to(MimeMessage e) {
    try {
      return Arrays.toString(e.getRecipients(Message.RecipientType.TO));
    } catch (Exception x) {
      throw new IllegalStateException(x);
    }
  }

  private static String subject(MimeMessage e) {
    try {
      return String.valueOf(e.getSubject());
    } catch (Exception x) {
      throw new IllegalStateException(x);
    }
  }
}
