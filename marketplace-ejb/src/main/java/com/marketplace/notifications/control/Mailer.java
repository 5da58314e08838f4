package com.marketplace.notifications.control;

import com.marketplace.notifications.entity.EmailAttachment;
import com.marketplace.notifications.entity.EmailMessage;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the emails that are due over SMTP (HTML with a plain-text alternative). A message the
 * server does not take stays queued and is tried again later; one it took is marked sent in the
 * same transaction, so it goes once. Its row is claimed while it is sent, so several instances
 * never send the same one.
 */
@Stateless
@PermitAll
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "marketplace.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "marketplace.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "marketplace.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "marketplace.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "marketplace.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "marketplace.mail.from", defaultValue = "notifications@marketplace.test")
  String from;

  @Inject Clock clock;

  private Session session;

  @PostConstruct
  void connect() {
    var props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.writetimeout", "10000");
    props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    props.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
    session =
        Session.getInstance(
            props,
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.orElse(""), password.orElse(""));
              }
            });
  }

  /**
   * Sends one due email, in the caller's transaction (the mail schedule's, in which its row is
   * claimed): marked sent if the server took it, otherwise tried again later.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void send(long emailId) {
    EmailMessage email = em.find(EmailMessage.class, emailId);
    if (email == null || !email.isDue(clock.instant())) {
      return;
    }
    try {
      Transport.send(mime(email));
      email.sent(clock.instant());
    } catch (MessagingException e) {
      email.refused(e.getMessage(), clock.instant());
      LOG.fine(() -> "SMTP did not take an email (try " + email.getAttempts() + "): " + e);
    }
  }

  private MimeMessage mime(EmailMessage email) throws MessagingException {
    var message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.getTo()));
    message.setSubject(email.getSubject(), StandardCharsets.UTF_8.name());
    var text = new MimeBodyPart();
    text.setText(email.textToSend(), StandardCharsets.UTF_8.name());
    var html = new MimeBodyPart();
    html.setContent(email.htmlToSend(), "text/html; charset=UTF-8");
    var body = new MimeMultipart("alternative", text, html);
    List<EmailAttachment> files =
        em.createNamedQuery(EmailAttachment.OF_EMAIL, EmailAttachment.class)
            .setParameter("email", email.getId())
            .getResultList();
    if (files.isEmpty()) {
      message.setContent(body);
    } else {
      var alternatives = new MimeBodyPart();
      alternatives.setContent(body);
      var mixed = new MimeMultipart("mixed", alternatives);
      for (EmailAttachment file : files) {
        var part = new MimeBodyPart();
        part.setDataHandler(
            new DataHandler(new ByteArrayDataSource(file.getContent(), file.getMediaType())));
        part.setFileName(file.getFileName());
        part.setDisposition(Part.ATTACHMENT);
        mixed.addBodyPart(part);
      }
      message.setContent(mixed);
    }
    message.setSentDate(java.util.Date.from(clock.instant()));
    return message;
  }
}
