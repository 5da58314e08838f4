package com.marketplace.platform.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DueTest {

  static final Due INVOICES =
      Due.perTenant("overdue", "invoice", "status = 'OPEN' AND due_at <= :now AND :now < far")
          .orderedBy("due_at, id")
          .inBatchesOf(20);

  @Test
  void tenantOwnedWorkFindsItsWorkspacesInOneQueryAndReadsEachOnesRowsInOrder() {
    assertThat(INVOICES.tenantsSql())
        .isEqualTo(
            "SELECT DISTINCT tenant_id FROM invoice WHERE (status = 'OPEN' AND due_at <= ? AND ?"
                + " < far)");
    assertThat(INVOICES.candidatesSql())
        .isEqualTo(
            "SELECT id FROM invoice WHERE tenant_id = ? AND (status = 'OPEN' AND due_at <= ? AND ?"
                + " < far) ORDER BY due_at, id LIMIT ?");
    assertThat(INVOICES.timeParameters()).isEqualTo(2);
    assertThat(INVOICES.batch()).isEqualTo(20);
  }

  @Test
  void aRowIsClaimedOnlyIfStillDueAndHeldByNobody() {
    assertThat(INVOICES.claimSql(1))
        .isEqualTo(
            "SELECT id FROM invoice FORCE INDEX (PRIMARY) WHERE id IN (?) AND (status = 'OPEN' AND"
                + " due_at <= ? AND ? < far) FOR UPDATE SKIP LOCKED");
  }

  @Test
  void aGroupIsClaimedInOneStatementOnlyWhereStillDueAndHeldByNobody() {
    assertThat(INVOICES.claimSql(3))
        .isEqualTo(
            "SELECT id FROM invoice FORCE INDEX (PRIMARY) WHERE id IN (?, ?, ?) AND (status ="
                + " 'OPEN' AND due_at <= ? AND ? < far) FOR UPDATE SKIP LOCKED");
    assertThatThrownBy(() -> INVOICES.claimSql(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSharedQueueIsReadAcrossWorkspaces() {
    var outbox = Due.acrossTenants("outbox", "outbox_event", "published_at IS NULL");
    assertThat(outbox.perTenant()).isFalse();
    assertThat(outbox.timeParameters()).isZero();
    assertThat(outbox.candidatesSql())
        .isEqualTo("SELECT id FROM outbox_event WHERE (published_at IS NULL) ORDER BY id LIMIT ?");
  }

  @Test
  void onlyATableNameAndABatchOfAtLeastOneRow() {
    assertThatThrownBy(() -> Due.perTenant("x", "invoice; DROP TABLE x", "1 = 1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Due.perTenant("x", "invoice", "1 = 1").inBatchesOf(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Due.perTenant("x", "invoice", "1 = 1").inGroupsOf(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachRowInATransactionOfItsOwnUnlessTheWorkGroupsThem() {
    assertThat(INVOICES.group()).isEqualTo(1);
    Due grouped = INVOICES.inGroupsOf(20);
    assertThat(grouped.group()).isEqualTo(20);
    assertThat(grouped.orderedBy("id").inBatchesOf(50).group()).isEqualTo(20);
    assertThat(grouped.claimSql(3)).isEqualTo(INVOICES.claimSql(3));
  }

  @Test
  void background_work_is_marked_and_keeps_the_rest() {
    Due printing = INVOICES.inGroupsOf(5).inBackground();

    assertThat(INVOICES.background()).isFalse();
    assertThat(printing.background()).isTrue();
    assertThat(printing.group()).isEqualTo(5);
    assertThat(printing.claimSql(2)).isEqualTo(INVOICES.claimSql(2));
    assertThat(printing.inGroupsOf(2).background()).as("kept by later changes").isTrue();
  }
}
