package com.marketplace.audit.web;

import com.marketplace.audit.boundary.AuditLog;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.audit.entity.AuditEventView;
import com.marketplace.audit.entity.AuditFilter;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The owner's audit log page: who, what and when in the URL (the filter form is answered with a
 * redirect to the filtered address), newest first, paged on the server; the CSV export carries the
 * same filters.
 */
@Named
@ViewScoped
public class AuditList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog log;

  private String who;
  private String action;
  private LocalDate from;
  private LocalDate to;

  private AuditFilter filter;
  private long total;

  private final LazyDataModel<AuditEventView> results =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          total = log.count(filter());
          return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<AuditEventView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return log.find(filter(), first, pageSize);
        }
      };

  /** The filters of a request's parameters; refused (with a message to show) when not valid. */
  static AuditFilter filterOf(UnaryOperator<String> parameter) {
    return new AuditFilter(
        parameter.apply("who"),
        AuditResource.action(parameter.apply("action")),
        AuditResource.day(parameter.apply("from"), "from"),
        AuditResource.day(parameter.apply("to"), "to"));
  }

  AuditFilter filter() {
    if (filter == null) {
      try {
        filter = new AuditFilter(who, AuditResource.action(action), from, to);
      } catch (MarketplaceException e) {
        Pages.error(e.getMessage());
        filter = AuditFilter.NONE;
      }
    }
    return filter;
  }

  /** Runs after the view parameters are set: a filter that cannot be is said before the list. */
  public void init() {
    filter();
  }

  /** The filter form: the list again at the address of its filters. */
  public String apply() {
    return "/app/owner/audit?faces-redirect=true" + query(true);
  }

  String query(boolean leadingAmpersand) {
    List<String> parts = new ArrayList<>();
    add(parts, "who", who);
    add(parts, "action", action);
    add(parts, "from", from == null ? null : from.toString());
    add(parts, "to", to == null ? null : to.toString());
    String joined = String.join("&", parts);
    return joined.isEmpty() ? "" : (leadingAmpersand ? "&" : "") + joined;
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  /** The query of the CSV export of the list as filtered. */
  public String getExportQuery() {
    return query(false);
  }

  public LazyDataModel<AuditEventView> getResults() {
    return results;
  }

  /** "12 events", "1 event". */
  public String getMatches() {
    return total + (total == 1 ? " event" : " events");
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
