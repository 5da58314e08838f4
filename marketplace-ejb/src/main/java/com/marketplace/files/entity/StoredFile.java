package com.marketplace.files.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An accepted upload: its detected type, size and content hash, and what it belongs to. */
@Entity
@Table(name = "stored_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = StoredFile.OF,
    query =
        "SELECT f FROM StoredFile f WHERE f.ownerKind = :kind AND f.ownerId IN :owners"
            + " ORDER BY f.id")
public class StoredFile {

  public static final String OF = "StoredFile.of";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_kind", nullable = false, updatable = false)
  private String ownerKind;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private long ownerId;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private long uploadedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected StoredFile() {}

  public StoredFile(
      FileOwner owner,
      long ownerId,
      String name,
      String mediaType,
      long size,
      String sha256,
      long uploadedBy,
      Instant createdAt) {
    this.ownerKind = owner.kind();
    this.ownerId = ownerId;
    this.name = name;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public FileOwner getOwner() {
    return new FileOwner(ownerKind);
  }

  public long getOwnerId() {
    return ownerId;
  }

  public String getName() {
    return name;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public long getUploadedBy() {
    return uploadedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
