package com.marketplace.invoicing.control;

import static com.marketplace.invoicing.control.DocumentNumbers.NATIVE;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.contracts.entity.MilestoneStatus;
import com.marketplace.desk.control.DeskAccess;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryStatus;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.TaxChoice;
import com.marketplace.invoicing.entity.TimeGrouping;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The work a freelancer bills, taken onto a draft: approved time of one of their projects (each
 * entry on one invoice at most: its row is locked and marked), or released milestones of one of
 * their contracts (each claimed once by a unique key). Work paid through escrow already — time of
 * an hourly contract, milestones — is marked prepaid.
 */
@Dependent
public class BillableWork {

  /** A line that bills time of a project, grouped per day or task, names the project. */
  public static final String PROJECT = "project:";

  public static final String TIME = "time:";
  public static final String MILESTONE = "milestone:";

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject DeskAccess desk;
  @Inject TenantContext tenant;

  /**
   * Takes the project's approved, uninvoiced time (all of it, or the chosen entries) onto the draft
   * as lines, and marks each entry billed by it.
   */
  public List<LineItem> time(
      Invoice draft,
      long projectId,
      Collection<Long> entryIds,
      TimeGrouping grouping,
      TaxChoice tax) {
    Project project = desk.project(projectId);
    if (draft.getDeskClientId() == null || draft.getDeskClientId() != project.getClientId()) {
      throw new InvalidInputException(
          "“" + project.getName() + "” is for another client than this invoice.");
    }
    if (!project.getRate().currencyCode().equals(draft.getCurrency())) {
      throw new InvalidInputException(
          "“" + project.getName() + "” is billed in another currency than this invoice.");
    }
    boolean chosen = entryIds != null && !entryIds.isEmpty();
    var query =
        em.createQuery(
                "SELECT t FROM TimeEntry t WHERE t.projectId = :project AND t.status = :approved"
                    + " AND t.invoiceId IS NULL"
                    + (chosen ? " AND t.id IN :ids" : "")
                    + " ORDER BY t.startedAt, t.id",
                TimeEntry.class)
            .setParameter("project", projectId)
            .setParameter("approved", TimeEntryStatus.APPROVED)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE);
    if (chosen) {
      query.setParameter("ids", List.copyOf(entryIds));
    }
    List<TimeEntry> entries = query.getResultList();
    if (chosen && entries.size() != entryIds.stream().distinct().count()) {
      throw new ConflictException(
          "Some of the chosen time is not approved or is on an invoice already.");
    }
    if (entries.isEmpty()) {
      throw new InvalidInputException(
          "“" + project.getName() + "” has no approved time that is not invoiced yet.");
    }
    boolean prepaid = project.getContractId() != null;
    entries.forEach(e -> e.billOn(draft.getId()));
    return lines(project, entries, grouping, tax, prepaid);
  }

  /** Takes the time entries billed by a removed line (or a voided invoice) off the invoice. */
  public void unbill(Invoice invoice, String sourceKey) {
    if (sourceKey == null) {
      return;
    }
    if (sourceKey.startsWith(TIME)) {
      TimeEntry entry =
          em.find(TimeEntry.class, id(sourceKey, TIME), LockModeType.PESSIMISTIC_WRITE);
      if (entry != null) {
        entry.unbill(invoice.getId());
      }
    } else if (sourceKey.startsWith(PROJECT)) {
      em.createQuery(
              "SELECT t FROM TimeEntry t WHERE t.invoiceId = :invoice AND t.projectId = :project",
              TimeEntry.class)
          .setParameter("invoice", invoice.getId())
          .setParameter("project", id(sourceKey, PROJECT))
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .getResultList()
          .forEach(e -> e.unbill(invoice.getId()));
    } else if (sourceKey.startsWith(MILESTONE)) {
      em.createNativeQuery("DELETE FROM invoice_claim WHERE tenant_id = ?1 AND source_key = ?2")
          .setHint(NATIVE, true)
          .setParameter(1, tenantId())
          .setParameter(2, sourceKey)
          .executeUpdate();
    }
  }

  /**
   * Takes released milestones of the caller's contract onto the draft, one line each, paid through
   * escrow already; each milestone is claimed for this invoice by its unique key.
   */
  public List<LineItem> milestones(
      Invoice draft,
      long freelancerId,
      long contractId,
      Collection<Long> milestoneIds,
      TaxChoice tax) {
    Contract contract = em.find(Contract.class, contractId);
    if (contract == null || contract.getFreelancerId() != freelancerId) {
      throw new NotFoundException("There is no such contract.");
    }
    if (draft.getRecipientMemberId() == null
        || draft.getRecipientMemberId() != contract.getClientId()) {
      throw new InvalidInputException(
          "“" + contract.getTitle() + "” is with another client than this invoice is for.");
    }
    if (!contract.getCurrency().equals(draft.getCurrency())) {
      throw new InvalidInputException(
          "“" + contract.getTitle() + "” is paid in another currency than this invoice.");
    }
    boolean chosen = milestoneIds != null && !milestoneIds.isEmpty();
    List<LineItem> lines = new ArrayList<>();
    for (Milestone m : contract.getMilestones()) {
      if (chosen && !milestoneIds.contains(m.getId())) {
        continue;
      }
      boolean released =
          (m.getStatus() == MilestoneStatus.RELEASED || m.getStatus() == MilestoneStatus.SPLIT)
              && m.getReleased() != null
              && m.getReleased().isPositive();
      String key = MILESTONE + m.getId();
      if (!released || claimed(key)) {
        if (chosen) {
          throw new ConflictException(
              "“" + m.getTitle() + "” is not released or is on an invoice already.");
        }
        continue;
      }
      claim(key, draft.getId());
      lines.add(
          item(
                  contract.getTitle() + ": " + m.getTitle(),
                  BigDecimal.ONE,
                  "C62",
                  m.getReleased().minorUnits(),
                  tax)
              .from(key, true));
    }
    if (lines.isEmpty()) {
      throw new InvalidInputException(
          "“" + contract.getTitle() + "” has no released milestone that is not invoiced yet.");
    }
    return lines;
  }

  private boolean claimed(String key) {
    return !em.createNativeQuery(
            "SELECT invoice_id FROM invoice_claim WHERE tenant_id = ?1 AND source_key = ?2")
        .setHint(NATIVE, true)
        .setParameter(1, tenantId())
        .setParameter(2, key)
        .getResultList()
        .isEmpty();
  }

  /** The unique key decides two drafts taking the same milestone at once: the loser runs again. */
  private void claim(String key, long invoiceId) {
    em.createNativeQuery(
            "INSERT INTO invoice_claim (tenant_id, source_key, invoice_id) VALUES (?1, ?2, ?3)")
        .setHint(NATIVE, true)
        .setParameter(1, tenantId())
        .setParameter(2, key)
        .setParameter(3, invoiceId)
        .executeUpdate();
  }

  static List<LineItem> lines(
      Project project,
      List<TimeEntry> entries,
      TimeGrouping grouping,
      TaxChoice tax,
      boolean prepaid) {
    long rate = project.getRate().minorUnits();
    if (grouping == TimeGrouping.ENTRY || grouping == null) {
      return entries.stream()
          .map(
              e ->
                  item(
                          describe(
                              project, day(e) + (e.getNote() == null ? "" : " · " + e.getNote())),
                          hours(e.getSeconds()),
                          "HUR",
                          rate,
                          tax)
                      .from(TIME + e.getId(), prepaid))
          .toList();
    }
    Function<TimeEntry, String> groupOf =
        grouping == TimeGrouping.DAY
            ? e -> day(e).toString()
            : e -> e.getNote() == null ? "Other work" : e.getNote();
    Map<String, Long> seconds = new LinkedHashMap<>();
    entries.forEach(e -> seconds.merge(groupOf.apply(e), e.getSeconds(), Long::sum));
    List<LineItem> lines = new ArrayList<>();
    seconds.forEach(
        (group, total) ->
            lines.add(
                item(describe(project, group), hours(total), "HUR", rate, tax)
                    .from(PROJECT + project.getId(), prepaid)));
    return lines;
  }

  private static String describe(Project project, Object what) {
    String text = project.getName() + ": " + what;
    return text.length() > LineItem.DESCRIPTION_MAX
        ? text.substring(0, LineItem.DESCRIPTION_MAX - 1) + "…"
        : text;
  }

  private static LocalDate day(TimeEntry e) {
    return LocalDate.ofInstant(e.getStartedAt(), ZoneOffset.UTC);
  }

  /** Seconds as hours, three decimals, rounded half-even. */
  static BigDecimal hours(long seconds) {
    return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 3, RoundingMode.HALF_EVEN);
  }

  private static LineItem item(
      String description, BigDecimal quantity, String unit, long price, TaxChoice tax) {
    return new LineItem(
        description,
        quantity.signum() == 0 ? new BigDecimal("0.001") : quantity,
        unit,
        price,
        BigDecimal.ZERO,
        tax.rate(),
        tax.category(),
        tax.note(),
        null,
        false);
  }

  private static long id(String key, String prefix) {
    return Long.parseLong(key.substring(prefix.length()));
  }

  private long tenantId() {
    return tenant.current().orElseThrow(() -> new IllegalStateException("No tenant"));
  }
}
