package com.marketplace.files.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.platform.tenant.TenantContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

  static final String HELLO_SHA =
      "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

  @TempDir Path root;
  final Transaction transaction = new Transaction();
  final ContentStore store = new ContentStore();

  @BeforeEach
  void setUp() {
    store.configuredRoot = Optional.of(root.toString());
    store.tenantContext = new TenantContext();
    store.tenantContext.use(7);
    store.transactions = transaction;
  }

  ContentStore.Staged stage(String text) throws IOException {
    return store
        .stage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1024)
        .orElseThrow();
  }

  @Test
  void keepsBytesUnderTheirSha256InTheWorkspacesArea() throws IOException {
    var staged = stage("hello");
    assertThat(staged.size()).isEqualTo(5);
    assertThat(staged.sha256()).isEqualTo(HELLO_SHA);
    store.keep(staged);
    Path kept = root.resolve("7").resolve("2c").resolve(HELLO_SHA);
    assertThat(store.path(HELLO_SHA)).isEqualTo(kept);
    assertThat(Files.readString(kept)).isEqualTo("hello");
    assertThat(parts()).isEmpty();
  }

  @Test
  void refusesContentLongerThanTheLimitLeavingNothing() throws IOException {
    var content = new ByteArrayInputStream(new byte[2048]);
    assertThat(store.stage(content, 2047)).isEmpty();
    assertThat(parts()).isEmpty();
  }

  @Test
  void deletesWhatItAddedWhenTheTransactionRollsBack() throws IOException {
    store.keep(stage("hello"));
    transaction.end(Status.STATUS_ROLLEDBACK);
    assertThat(store.path(HELLO_SHA)).doesNotExist();
  }

  @Test
  void keepsWhatItAddedWhenTheTransactionCommits() throws IOException {
    store.keep(stage("hello"));
    transaction.end(Status.STATUS_COMMITTED);
    assertThat(store.path(HELLO_SHA)).exists();
  }

  @Test
  void sameBytesAreKeptOnceAndARolledBackCopyLeavesTheFirst() throws IOException {
    store.keep(stage("hello"));
    transaction.end(Status.STATUS_COMMITTED);
    store.keep(stage("hello"));
    assertThat(parts()).isEmpty();
    transaction.end(Status.STATUS_ROLLEDBACK);
    assertThat(Files.readString(store.path(HELLO_SHA))).isEqualTo("hello");
  }

  @Test
  void discardDropsStagedContent() throws IOException {
    store.discard(stage("hello"));
    assertThat(parts()).isEmpty();
    assertThat(store.path(HELLO_SHA)).doesNotExist();
  }

  private List<Path> parts() throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("incoming"))) {
      return files.toList();
    }
  }

  /** Collects the synchronizations of one transaction and ends it. */
  static final class Transaction implements TransactionSynchronizationRegistry {
    final List<Synchronization> synchronizations = new ArrayList<>();

    void end(int status) {
      synchronizations.forEach(s -> s.afterCompletion(status));
      synchronizations.clear();
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
