package com.marketplace.files.control;

import com.marketplace.platform.Digests;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bytes outside the web root, content-addressed: {@code <root>/<tenant>/<sha[0..2]>/<sha256>}, so
 * the same bytes are kept once per workspace. Content is first staged (written aside, measured and
 * hashed as it arrives), then kept (moved to its address) or discarded. A file that keeping created
 * is deleted again if the transaction rolls back. Knows nothing of what the bytes belong to or
 * whether they are acceptable.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ContentStore {

  @Inject
  @ConfigProperty(name = "marketplace.files.dir")
  Optional<String> configuredRoot;

  @Inject TenantContext tenantContext;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Content written aside, not yet kept: its size and SHA-256 are known, its bytes readable. */
  public static final class Staged {
    private final Path path;
    private final long size;
    private final String sha256;

    Staged(Path path, long size, String sha256) {
      this.path = path;
      this.size = size;
      this.sha256 = sha256;
    }

    public long size() {
      return size;
    }

    public String sha256() {
      return sha256;
    }

    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  /**
   * Writes content aside, hashing it; empty when it is longer than {@code limit} bytes (then
   * nothing is left behind).
   */
  public Optional<Staged> stage(InputStream content, long limit) throws IOException {
    Path temp = null;
    try {
      Path incoming = Files.createDirectories(root().resolve("incoming"));
      temp = Files.createTempFile(incoming, "upload-", ".part");
      MessageDigest sha = Digests.sha256();
      long size;
      try (InputStream in = new DigestInputStream(content, sha);
          OutputStream out = Files.newOutputStream(temp)) {
        size = copyAtMost(in, out, limit);
      }
      if (size < 0) {
        delete(temp);
        return Optional.empty();
      }
      return Optional.of(new Staged(temp, size, Digests.hex(sha)));
    } catch (IOException | RuntimeException e) {
      delete(temp);
      throw e;
    }
  }

  /**
   * Moves staged content to its address in the caller's transaction; if the same bytes are kept
   * already, that copy serves both.
   */
  public void keep(Staged content) {
    Path target = path(content.sha256);
    try {
      if (Files.exists(target)) {
        delete(content.path);
        return;
      }
      Files.createDirectories(target.getParent());
      Files.move(content.path, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      delete(content.path);
      throw new UncheckedIOException(e);
    }
    transactions.registerInterposedSynchronization(new DeleteOnRollback(target));
  }

  /** Drops staged content that is not to be kept. */
  public void discard(Staged content) {
    delete(content.path);
  }

  /** Where the bytes with this SHA-256 are kept for the current workspace. */
  public Path path(String sha256) {
    long tenant = tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    return root().resolve(Long.toString(tenant)).resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /** Copies at most {@code limit} bytes; answers -1 if the content is longer. */
  static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) != -1) {
      total += read;
      if (total > limit) {
        return -1;
      }
      out.write(buffer, 0, read);
    }
    return total;
  }

  private Path root() {
    return Path.of(
            configuredRoot.orElseGet(
                () ->
                    Path.of(System.getProperty("java.io.tmpdir"), "marketplace-files").toString()))
        .toAbsolutePath();
  }

  private static void delete(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // Staged parts are scratch space, and a kept file nothing refers to is never served.
      }
    }
  }

  private record DeleteOnRollback(Path added) implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        delete(added);
      }
    }
  }
}
