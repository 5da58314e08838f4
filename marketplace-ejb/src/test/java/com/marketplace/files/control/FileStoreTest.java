package com.marketplace.files.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.files.entity.FileUpload;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.entity.MarketplaceRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileStoreTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);
  static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};

  @TempDir Path root;
  final FileStore files = new FileStore();
  final MarketplaceRules rules =
      new MarketplaceRules(14, new TreeSet<>(Set.of("application/pdf", "image/png")), 1024);
  final MarketplaceRules everyday =
      new MarketplaceRules(
          14,
          new TreeSet<>(Set.of("application/pdf", "image/png", "text/plain", "application/zip")),
          64 * 1024);

  /** Contents of the kinds people upload, and of programs. */
  enum Sample {
    PDF(FileStoreTest.PDF),
    TEXT(
        "Write-Host 'hello'\r\nRemove-Item -Recurse $env:TEMP\r\n"
            .getBytes(StandardCharsets.UTF_8)),
    ZIP(zip()),
    PE(windowsProgram());

    final byte[] bytes;

    Sample(byte[] bytes) {
      this.bytes = bytes;
    }
  }

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
    var checked = files.check(FileUpload.of("C:\\work\\brief.PDF", PDF), rules);
    assertThat(checked.mediaType()).isEqualTo("application/pdf");
    assertThat(checked.name()).isEqualTo("brief.PDF");
    assertThat(checked.content().size()).isEqualTo(PDF.length);
  }

  @ParameterizedTest
  @CsvSource({
    "notes.txt, TEXT, text/plain, notes.txt",
    "NOTES.TXT, TEXT, text/plain, NOTES.TXT",
    "report.pdf, PDF, application/pdf, report.pdf",
    "archive.zip, ZIP, application/zip, archive.zip",
    "scan, PDF, application/pdf, scan.pdf",
    "README, TEXT, text/plain, README.txt",
    "notes., TEXT, text/plain, notes..txt"
  })
  void keepsAFileUnderANameThatAgreesWithItsContent(
      String name, Sample content, String type, String kept) {
    var checked = files.check(FileUpload.of(name, content.bytes), everyday);
    assertThat(checked.mediaType()).isEqualTo(type);
    assertThat(checked.name()).isEqualTo(kept);
  }

  @ParameterizedTest
  @CsvSource({
    "install.ps1, TEXT, .ps1",
    "setup.exe, TEXT, .exe",
    "payload.hta, TEXT, .hta",
    "brief.txt, PDF, .txt",
    "photo.png, PDF, .png",
    "notes.txt.ps1, TEXT, .ps1"
  })
  void refusesANameWhoseExtensionIsNotOneOfItsContentsType(
      String name, Sample content, String extension) throws IOException {
    assertThatThrownBy(() -> files.check(FileUpload.of(name, content.bytes), everyday))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("“" + name + "” is named as a " + extension + " file")
        .hasMessageContaining(
            "Accepted: application/pdf (.pdf), application/zip (.zip), image/png (.png),"
                + " text/plain (.txt).");
    assertThat(parts()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "app.jar, ZIP, application/java-archive",
    "app.apk, ZIP, application/vnd.android.package-archive",
    "letter.docm, ZIP, application/vnd.ms-word.document.macroenabled.12",
    "run.sh, TEXT, application/x-sh",
    "run.bat, TEXT, application/x-bat",
    "run.cmd, TEXT, application/x-bat",
    "app.js, TEXT, text/javascript",
    "macro.vbs, TEXT, text/x-vbscript",
    "setup.exe, PE, application/x-msdownload"
  })
  void refusesProgramsAndMacrosTheirNamesReveal(String name, Sample content, String type)
      throws IOException {
    assertThatThrownBy(() -> files.check(FileUpload.of(name, content.bytes), everyday))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("“" + name + "” is not an accepted kind of file (it is " + type)
        .hasMessageContaining("Accepted: application/pdf (.pdf)");
    assertThat(parts()).isEmpty();
  }

  @Test
  void servesAFileKeptUnderADisagreeingNameWithItsTypesExtension() {
    assertThat(FileTypes.servedName("install.ps1", "text/plain")).isEqualTo("install.ps1.txt");
    assertThat(FileTypes.servedName("app.jar", "application/zip")).isEqualTo("app.jar.zip");
    assertThat(FileTypes.servedName("report.PDF", "application/pdf")).isEqualTo("report.PDF");
    assertThat(FileTypes.servedName("photo.jpeg", "image/jpeg")).isEqualTo("photo.jpeg");
    assertThat(FileTypes.servedName("x".repeat(255), "text/plain")).hasSize(255).endsWith("x.txt");
  }

  @Test
  void refusesAProgramNamedLikeAPdfLeavingNothing() throws IOException {
    assertThatThrownBy(() -> files.check(FileUpload.of("invoice.pdf", ELF), rules))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("“invoice.pdf” is not an accepted kind of file")
        .hasMessageContaining("Accepted: application/pdf (.pdf), image/png (.png).");
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
    assertThat(FileStore.cleanName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
  }

  private static byte[] zip() {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The start of a Windows program: an MZ header pointing at a PE header. */
  private static byte[] windowsProgram() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
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
