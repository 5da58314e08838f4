package com.marketplace.files.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.files.entity.FileUpload;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.entity.MarketplaceRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);
  static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};

  @TempDir Path root;
  final FileStore files = new FileStore();
  final MarketplaceRules rules =
      new MarketplaceRules(14, new TreeSet<>(Set.of("application/pdf", "image/png")), 1024);

  @BeforeEach
  void setUp() {
    var content = new ContentStore();
    content.configuredRoot = Optional.of(root.toString());
    content.tenantContext = new TenantContext();
    content.tenantContext.use(7);
    content.transactions = new ContentStoreTest.Transaction();
    files.content = content;
  }

  @Test
  void acceptsAFileByTheTypeOfItsContent() {
    var checked = files.check(FileUpload.of("C:\\work\\brief.txt", PDF), rules);
    assertThat(checked.mediaType()).isEqualTo("application/pdf");
    assertThat(checked.name()).isEqualTo("brief.txt");
    assertThat(checked.content().size()).isEqualTo(PDF.length);
  }

  @Test
  void refusesAProgramNamedLikeAPdfLeavingNothing() throws IOException {
    assertThatThrownBy(() -> files.check(FileUpload.of("invoice.pdf", ELF), rules))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("“invoice.pdf” is not an accepted kind of file")
        .hasMessageContaining("Accepted: application/pdf, image/png.");
    assertThat(parts()).isEmpty();
  }

  @Test
  void refusesMoreBytesThanTheLimitWhateverTheClientClaims() throws IOException {
    byte[] big = new byte[1025];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    var lying = new FileUpload("big.pdf", 10, () -> new ByteArrayInputStream(big));
    assertThatThrownBy(() -> files.check(lying, rules))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("“big.pdf” is too large");
    assertThatThrownBy(() -> files.check(FileUpload.of("big.pdf", big), rules))
        .hasMessageContaining("too large");
    assertThat(parts()).isEmpty();
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    assertThatThrownBy(() -> files.check(FileUpload.of("empty.pdf", new byte[0]), rules))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("“empty.pdf” is empty.");
    assertThat(parts()).isEmpty();
  }

  @Test
  void aBatchIsAllOrNothing() throws IOException {
    var batch = List.of(FileUpload.of("a.pdf", PDF), FileUpload.of("b.pdf", ELF));
    assertThatThrownBy(() -> files.attach(null, 1, 1, batch, rules))
        .isInstanceOf(InvalidInputException.class);
    assertThat(parts()).isEmpty();
  }

  @Test
  void keepsOnlyTheLastSegmentOfANameWithoutControlCharacters() {
    assertThat(FileStore.cleanName("../../etc/pass\u0000wd\"")).isEqualTo("passwd");
    assertThat(FileStore.cleanName("  ")).isEqualTo("file");
    assertThat(FileStore.cleanName(null)).isEqualTo("file");
    assertThat(FileStore.cleanName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
  }

  private List<Path> parts() throws IOException {
    Path incoming = root.resolve("incoming");
    if (!Files.exists(incoming)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(incoming)) {
      return files.toList();
    }
  }
}
