package com.marketplace.files.control;

import com.marketplace.files.entity.FileOwner;
import com.marketplace.files.entity.FileUpload;
import com.marketplace.files.entity.FileView;
import com.marketplace.files.entity.StoredFile;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.tenancy.entity.MarketplaceRules;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files attached to owners. Uploads are checked before anything is kept: a batch is all or
 * nothing, every file is staged, measured and typed by its content (Apache Tika; the name may only
 * narrow the content's type, the client's claim counts for nothing) against the workspace's
 * allow-list and size limit, and its name must agree with that type ({@link FileTypes}); one
 * refusal discards the whole batch. The bytes go to the {@link ContentStore}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FileStore {

  public static final int MAX_FILES = 10;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject ContentStore content;
  @Inject Clock clock;

  /** Checks and keeps a batch of uploads for what they belong to; refuses all if one is refused. */
  public List<FileView> attach(
      FileOwner owner,
      long ownerId,
      long uploader,
      List<FileUpload> uploads,
      MarketplaceRules rules) {
    if (uploads.size() > MAX_FILES) {
      throw new InvalidInputException("Attach at most " + MAX_FILES + " files at once.");
    }
    List<Checked> batch = new ArrayList<>();
    try {
      for (FileUpload upload : uploads) {
        batch.add(check(upload, rules));
      }
    } catch (RuntimeException e) {
      batch.forEach(file -> content.discard(file.content));
      throw e;
    }
    List<FileView> stored = new ArrayList<>();
    for (Checked file : batch) {
      content.keep(file.content);
      var row =
          new StoredFile(
              owner,
              ownerId,
              file.name,
              file.mediaType,
              file.content.size(),
              file.content.sha256(),
              uploader,
              clock.instant());
      em.persist(row);
      em.flush();
      stored.add(FileView.of(row));
    }
    return stored;
  }

  /** The files attached to each of the given owners, in upload order. */
  public Map<Long, List<FileView>> of(FileOwner owner, Collection<Long> ids) {
    Map<Long, List<FileView>> files = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createNamedQuery(StoredFile.OF, StoredFile.class)
          .setParameter("kind", owner.kind())
          .setParameter("owners", ids)
          .getResultStream()
          .forEach(
              f ->
                  files
                      .computeIfAbsent(f.getOwnerId(), k -> new ArrayList<>())
                      .add(FileView.of(f)));
    }
    return files;
  }

  public List<FileView> of(FileOwner owner, long id) {
    return of(owner, List.of(id)).getOrDefault(id, List.of());
  }

  /** Stages one upload and checks it; nothing of it is left behind if it is refused. */
  Checked check(FileUpload upload, MarketplaceRules rules) {
    String name = cleanName(upload.name());
    if (upload.size() > rules.uploadMaxBytes()) {
      throw tooLarge(name, rules);
    }
    ContentStore.Staged staged;
    try (InputStream in = upload.content().open()) {
      staged = content.stage(in, rules.uploadMaxBytes()).orElseThrow(() -> tooLarge(name, rules));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not receive " + name, e);
    }
    try {
      if (staged.size() == 0) {
        throw new InvalidInputException("“" + name + "” is empty.");
      }
      String type;
      try (InputStream bytes = new BufferedInputStream(staged.open())) {
        type = FileTypes.detect(bytes, name);
      }
      if (!rules.uploadTypes().contains(type)) {
        throw new InvalidInputException(
            "“"
                + name
                + "” is not an accepted kind of file (it is "
                + type
                + "). Accepted: "
                + FileTypes.describe(rules.uploadTypes())
                + ".");
      }
      return new Checked(staged, FileTypes.agreeingName(name, type, rules.uploadTypes()), type);
    } catch (IOException e) {
      content.discard(staged);
      throw new UncheckedIOException("Could not receive " + name, e);
    } catch (RuntimeException e) {
      content.discard(staged);
      throw e;
    }
  }

  /**
   * The last path segment without control or invisible formatting characters (a right-to-left
   * override can make a name ending in ".exe" read as one ending in ".txt"), at most 255
   * characters.
   */
  static String cleanName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base =
        base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
    if (base.isEmpty()) {
      return "file";
    }
    return base.length() > 255 ? base.substring(base.length() - 255) : base;
  }

  private static InvalidInputException tooLarge(String name, MarketplaceRules rules) {
    return new InvalidInputException(
        "“" + name + "” is too large: files may be at most " + rules.uploadLimit() + ".");
  }

  record Checked(ContentStore.Staged content, String name, String mediaType) {}
}
