package com.marketplace.files.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.files.control.ContentStore;
import com.marketplace.files.control.FileReaders;
import com.marketplace.files.control.FileTypes;
import com.marketplace.files.entity.StoredFile;
import com.marketplace.identity.control.Caller;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Downloads: a file is served only to those who may read what it is attached to, as the feature
 * owning that thing answers ({@link FileReaders}). To anyone else it does not exist. It is served
 * under a name that agrees with its checked type ({@link FileTypes#servedName}).
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Files {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Instance<FileReaders> readers;
  @Inject ContentStore content;
  @Resource SessionContext session;

  public record Download(String name, String mediaType, long size, Path content) {}

  public Download open(long fileId) {
    StoredFile file =
        Optional.ofNullable(em.find(StoredFile.class, fileId))
            .filter(this::mayRead)
            .orElseThrow(() -> new NotFoundException("There is no such file."));
    return new Download(
        FileTypes.servedName(file.getName(), file.getMediaType()),
        file.getMediaType(),
        file.getSize(),
        content.path(file.getSha256()));
  }

  private boolean mayRead(StoredFile file) {
    List<FileReaders> answering =
        readers.stream().filter(r -> r.owner().equals(file.getOwner())).toList();
    if (answering.size() > 1) {
      throw new IllegalStateException("More than one rule for files of " + file.getOwner());
    }
    return !answering.isEmpty()
        && answering
            .get(0)
            .mayRead(file.getOwnerId(), caller.ref().memberId(), session.isCallerInRole(OWNER));
  }
}
