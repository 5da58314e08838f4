package com.marketplace.desk.boundary;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.desk.control.DeskAccess;
import com.marketplace.desk.control.DeskTotals;
import com.marketplace.desk.entity.DashboardPeriod;
import com.marketplace.desk.entity.DeskFigures;
import com.marketplace.desk.entity.ProjectStatus;
import com.marketplace.desk.entity.TimeWording;
import com.marketplace.identity.control.Caller;
import com.marketplace.ledger.control.Earnings;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The freelancer's dashboard (H7): the figures of their own desk and what the ledger paid them this
 * month, in one call. Every figure is a count or sum the database makes; nothing is loaded to be
 * added up here.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(FREELANCER)
public class DeskDashboard {

  /**
   * Workspaces have no time zone of their own yet: days and months are UTC's, as on the time page.
   */
  static final TimeWording ZONE = TimeWording.UTC;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject DeskAccess access;
  @Inject Caller caller;
  @Inject DeskTotals totals;
  @Inject Earnings earnings;
  @Inject Clock clock;

  public DeskFigures figures() {
    long me = access.me();
    var period = DashboardPeriod.of(clock.instant(), ZONE.zone());
    var tracked = totals.tracked(me, period);
    String currency = em.find(Tenant.class, caller.ref().tenantId()).getCurrency();
    return new DeskFigures(
        totals.clients(me),
        totals.projects(me, ProjectStatus.IN_PROGRESS),
        period.firstOfMonth(),
        tracked.month(),
        tracked.week(),
        earnings.releasedTo(me, currency, period.monthStart(), period.monthEnd()),
        currency,
        totals.topProjects(me, period.monthStart(), period.monthEnd(), DeskFigures.TOP));
  }
}
