package com.marketplace.portal.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.identity.boundary.Members;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.Passwords;
import com.marketplace.identity.entity.Member;
import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.portal.control.HelpText;
import com.marketplace.portal.entity.HelpPage;
import com.marketplace.portal.entity.InvoiceGroups;
import com.marketplace.portal.entity.PortalAccount;
import com.marketplace.portal.entity.PortalHelp;
import com.marketplace.portal.entity.PortalOverview;
import com.marketplace.portal.entity.PortalProfile;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Currency;

/**
 * The portal's own side for its customer (a portal account, or a client member, who is the same
 * kind of person): the dashboard, their account (name, phone, billing address and password — the
 * only things they may change) and the help page. Invoices, quotes, time and subscriptions are read
 * and acted on through the boundaries of the features that own them, which apply their rule.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({PORTAL, CLIENT})
public class Portal {

  /** The most invoices and payments the dashboard lists. */
  public static final int SHOWN_MAX = 100;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Invoices invoices;
  @Inject Members members;
  @Inject Tenants tenants;
  @Inject Passwords passwords;
  @Inject AuditTrail audit;

  public PortalOverview overview() {
    Currency currency = Currency.getInstance(tenants.get(caller.ref().tenantId()).currency());
    return new PortalOverview(
        InvoiceGroups.of(invoices.received(0, SHOWN_MAX), currency),
        invoices.paymentsReceived(SHOWN_MAX),
        account());
  }

  public PortalAccount account() {
    Member me = me();
    PortalProfile profile = em.find(PortalProfile.class, me.getId());
    return new PortalAccount(
        me.getId(),
        me.getEmail(),
        me.getDisplayName(),
        profile == null ? null : profile.getPhone(),
        profile == null ? null : profile.getBillingAddress(),
        me.getRole().name());
  }

  /** The caller's own name, phone and billing address; nothing else of theirs changes here. */
  public PortalAccount changeDetails(String name, String phone, String billingAddress) {
    Member me = me();
    me.rename(name);
    PortalProfile profile = em.find(PortalProfile.class, me.getId());
    if (profile == null) {
      profile = new PortalProfile(me.getId());
      em.persist(profile);
    }
    profile.describe(phone, billingAddress);
    audit.record(AuditAction.PORTAL_PROFILE_CHANGED, "member", me.getId());
    return account();
  }

  /** A new password, after the current one; the caller's other sessions end. */
  public void changePassword(String current, String password) {
    Member me = me();
    if (!passwords.matches(current, me.getPasswordHash())) {
      throw new InvalidInputException("The current password is not right.");
    }
    me.changePasswordHash(passwords.hashNew(password, me.getEmail()));
    audit.record(AuditAction.PASSWORD_CHANGED, "member", me.getId());
  }

  /** Ends every session and remembered sign-in of the caller, on every instance. */
  public void logOutEverywhere() {
    members.forgetMyDevices();
  }

  public HelpPage help() {
    return em.createNamedQuery(PortalHelp.OF_WORKSPACE, PortalHelp.class)
        .getResultStream()
        .findFirst()
        .map(h -> new HelpPage(HelpText.html(h.getFaq()), h.getContact()))
        .orElse(new HelpPage("", ""));
  }

  private Member me() {
    Member me = em.find(Member.class, caller.ref().memberId());
    if (me == null) {
      throw new NotFoundException("There is no such account.");
    }
    return me;
  }
}
