package com.marketplace.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.audit.entity.AuditAction;
import com.marketplace.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditExportTest {

  @Test
  void cellsThatLookLikeFormulasAreQuoted() {
    assertThat(AuditExportServlet.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(AuditExportServlet.cell("+1")).isEqualTo("'+1");
    assertThat(AuditExportServlet.cell("-1")).isEqualTo("'-1");
    assertThat(AuditExportServlet.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(AuditExportServlet.cell("ann@acme.test")).isEqualTo("ann@acme.test");
    assertThat(AuditExportServlet.cell(null)).isNull();
  }

  @Test
  void filtersAreReadFromTheParametersInAnyCase() {
    Map<String, String> query =
        Map.of("who", "ann", "action", "plan_changed", "from", "2026-11-01", "to", "2026-11-02");
    var filter = AuditList.filterOf(query::get);
    assertThat(filter.who()).isEqualTo("ann");
    assertThat(filter.action()).isEqualTo(AuditAction.PLAN_CHANGED);
    assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(filter.to()).isEqualTo(LocalDate.of(2026, 11, 2));
  }

  @Test
  void anUnknownActionOrDateIsRefusedNamingIt() {
    assertThatThrownBy(() -> AuditList.filterOf(Map.of("action", "DROP")::get))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("action");
    assertThatThrownBy(() -> AuditList.filterOf(Map.of("from", "yesterday")::get))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("from");
  }
}
