package com.marketplace.files.control;

import com.marketplace.files.entity.FileOwner;
import com.marketplace.files.entity.FileUpload;
import com.marketplace.files.entity.FileView;
import com.marketplace.files.entity.StoredFile;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.entity.MarketplaceRules;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts uploads into the file area outside the web root. A batch is all or nothing: every file is
 * copied aside, measured, hashed and typed by its content first; one refusal deletes the whole
 * batch. Accepted bytes are kept under {@code <tenant>/<sha256>}; if the transaction then rolls
 * back, files it added are deleted again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FileStore {

  public static final int MAX_FILES = 10;
  private static final Tika TIKA = new Tika();

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "marketplace.files.dir")
  Optional<String> configuredRoot;

  @Inject TenantContext tenantContext;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Checks and keeps a batch of uploads for what they belong to; refuses all if one is refused. */
  public List<FileView> attach(
      FileOwner kind,
      long ownerId,
      long uploader,
      List<FileUpload> uploads,
      MarketplaceRules rules) {
    if (uploads.size() > MAX_FILES) {
      throw new InvalidInputException("Attach at most " + MAX_FILES + " files at once.");
    }
    List<Incoming> batch = new ArrayList<>();
    try {
      for (FileUpload upload : uploads) {
        batch.add(receive(upload, rules));
      }
    } catch (RuntimeException e) {
      batch.forEach(Incoming::discard);
      throw e;
    }
    List<Path> added = new ArrayList<>();
    transactions.registerInterposedSynchronization(new DeleteOnRollback(added));
    List<FileView> stored = new ArrayList<>();
    for (Incoming file : batch) {
      file.keepAt(contentPath(file.sha256)).ifPresent(added::add);
      var row =
          new StoredFile(
              kind,
              ownerId,
              file.name,
              file.mediaType,
              file.size,
              file.sha256,
              uploader,
              clock.instant());
      em.persist(row);
      em.flush();
      stored.add(FileView.of(row));
    }
    return stored;
  }

  /** The files attached to each of the given owners, in upload order. */
  public Map<Long, List<FileView>> of(FileOwner kind, Collection<Long> owners) {
    Map<Long, List<FileView>> files = new HashMap<>();
    if (!owners.isEmpty()) {
      em.createNamedQuery(StoredFile.OF, StoredFile.class)
          .setParameter("kind", kind)
          .setParameter("owners", owners)
          .getResultStream()
          .forEach(
              f ->
                  files
                      .computeIfAbsent(f.getOwnerId(), k -> new ArrayList<>())
                      .add(FileView.of(f)));
    }
    return files;
  }

  public List<FileView> of(FileOwner kind, long owner) {
    return of(kind, List.of(owner)).getOrDefault(owner, List.of());
  }

  /** Where the bytes of a stored file are. */
  public Path contentPath(String sha256) {
    long tenant = tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    return root().resolve(Long.toString(tenant)).resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private Incoming receive(FileUpload upload, MarketplaceRules rules) {
    String name = cleanName(upload.name());
    if (upload.size() > rules.uploadMaxBytes()) {
      throw tooLarge(name, rules);
    }
    Path temp = null;
    try {
      Path incoming = Files.createDirectories(root().resolve("incoming"));
      temp = Files.createTempFile(incoming, "upload-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size;
      try (InputStream in = new DigestInputStream(upload.content().open(), sha);
          OutputStream out = Files.newOutputStream(temp)) {
        size = copyAtMost(in, out, rules.uploadMaxBytes());
      }
      if (size < 0) {
        throw tooLarge(name, rules);
      }
      if (size == 0) {
        throw new InvalidInputException("“" + name + "” is empty.");
      }
      String type;
      try (InputStream content = new BufferedInputStream(Files.newInputStream(temp))) {
        type = TIKA.detect(content);
      }
      if (!rules.uploadTypes().contains(type)) {
        throw new InvalidInputException(
            "“"
                + name
                + "” is not an accepted kind of file (its content is "
                + type
                + "). Accepted: "
                + String.join(", ", rules.uploadTypes())
                + ".");
      }
      return new Incoming(temp, name, type, size, HexFormat.of().formatHex(sha.digest()));
    } catch (IOException e) {
      discard(temp);
      throw new UncheckedIOException("Could not receive " + name, e);
    } catch (NoSuchAlgorithmException e) {
      discard(temp);
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      discard(temp);
      throw e;
    }
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

  /** The last path segment without control characters, at most 255 characters. */
  static String cleanName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (base.isEmpty()) {
      return "file";
    }
    return base.length() > 255 ? base.substring(base.length() - 255) : base;
  }

  private static InvalidInputException tooLarge(String name, MarketplaceRules rules) {
    return new InvalidInputException(
        "“" + name + "” is too large: files may be at most " + rules.uploadLimit() + ".");
  }

  private Path root() {
    return Path.of(
            configuredRoot.orElseGet(
                () ->
                    Path.of(System.getProperty("java.io.tmpdir"), "marketplace-files").toString()))
        .toAbsolutePath();
  }

  private static void discard(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // The incoming area is scratch space; a leftover part file is harmless.
      }
    }
  }

  private record Incoming(Path temp, String name, String mediaType, long size, String sha256) {

    /** Moves the bytes to their content path; answers the path if this created it. */
    Optional<Path> keepAt(Path target) {
      try {
        if (Files.exists(target)) {
          // Same bytes already kept (content-addressed): the earlier copy serves both.
          FileStore.discard(temp);
          return Optional.empty();
        }
        Files.createDirectories(target.getParent());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(target);
      } catch (IOException e) {
        FileStore.discard(temp);
        throw new UncheckedIOException(e);
      }
    }

    void discard() {
      FileStore.discard(temp);
    }
  }

  private record DeleteOnRollback(List<Path> added) implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        added.forEach(FileStore::discard);
      }
    }
  }
}
