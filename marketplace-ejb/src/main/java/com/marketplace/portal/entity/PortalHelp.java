package com.marketplace.portal.entity;

import com.marketplace.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The workspace's help page for its customers: a Markdown FAQ and contact details. */
@Entity
@Table(name = "portal_help")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = PortalHelp.OF_WORKSPACE, query = "SELECT h FROM PortalHelp h")
public class PortalHelp {

  public static final String OF_WORKSPACE = "PortalHelp.ofWorkspace";
  public static final int FAQ_MAX = 20_000;
  public static final int CONTACT_MAX = 1_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String faq = "";

  @Column(nullable = false)
  private String contact = "";

  @Version private long version;

  public PortalHelp() {}

  public void write(String faq, String contact) {
    String f = faq == null ? "" : faq.strip();
    String c = contact == null ? "" : contact.strip();
    if (f.length() > FAQ_MAX) {
      throw new InvalidInputException("The FAQ may be at most " + FAQ_MAX + " characters long.");
    }
    if (c.length() > CONTACT_MAX) {
      throw new InvalidInputException(
          "The contact details may be at most " + CONTACT_MAX + " characters long.");
    }
    this.faq = f;
    this.contact = c;
  }

  public String getFaq() {
    return faq;
  }

  public String getContact() {
    return contact;
  }
}
