package com.marketplace.identity.entity;

import com.marketplace.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A person in one tenant's workspace. */
@Entity
@Table(name = "member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = Member.BY_EMAIL, query = "SELECT m FROM Member m WHERE m.email = :email")
@NamedQuery(name = Member.ALL, query = "SELECT m FROM Member m ORDER BY m.createdAt, m.id")
@NamedQuery(name = Member.COUNT, query = "SELECT COUNT(m) FROM Member m")
@NamedQuery(
    name = Member.BY_ROLE,
    query = "SELECT m FROM Member m WHERE m.role = :role AND m.status = :status")
public class Member {

  /** The longest name and email address a member may have (RFC 5321 allows 254 characters). */
  public static final int NAME_MAX = 120;

  public static final int EMAIL_MAX = 254;

  public static final String BY_EMAIL = "Member.byEmail";
  public static final String ALL = "Member.all";
  public static final String COUNT = "Member.count";
  public static final String BY_ROLE = "Member.byRole";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  @Size(max = EMAIL_MAX)
  private String email;

  @Column(name = "display_name", nullable = false)
  @Size(max = NAME_MAX)
  private String displayName;

  /** Null until the member sets one (an invited portal account): no password signs them in. */
  @Column(name = "password_hash")
  private String passwordHash;

  /** When the member proved the address is theirs; null until then. */
  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "session_epoch", nullable = false)
  private long sessionEpoch;

  @Version private long version;

  protected Member() {}

  public Member(
      String email, String displayName, String passwordHash, Role role, Instant createdAt) {
    this.email = normaliseEmail(email);
    this.displayName = requireName(displayName);
    this.passwordHash = passwordHash;
    this.role = role;
    this.status = MemberStatus.ACTIVE;
    this.createdAt = createdAt;
  }

  /** An account made for someone else (a portal customer): no password until they set one. */
  public static Member withoutPassword(
      String email, String displayName, Role role, Instant createdAt) {
    return new Member(email, displayName, null, role, createdAt);
  }

  public static String normaliseEmail(String email) {
    String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    if (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches()) {
      throw new InvalidInputException("Enter a valid email address.");
    }
    return e;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new InvalidInputException("Your name is required (at most 120 characters).");
    }
    return name.strip();
  }

  /** The member's own new name (the same rule as at registration). */
  public void rename(String displayName) {
    this.displayName = requireName(displayName);
  }

  /** A new password (already hashed); the member's other sessions stay as they are. */
  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void suspend() {
    if (role == Role.OWNER) {
      throw new InvalidInputException("The workspace owner cannot be suspended.");
    }
    status = MemberStatus.SUSPENDED;
    endSessions();
  }

  /** Ends every signed-in session of the member, wherever it is kept, at its next request. */
  public void endSessions() {
    sessionEpoch++;
  }

  public long getSessionEpoch() {
    return sessionEpoch;
  }

  /** Whether the member has a password to sign in with. */
  public boolean hasPassword() {
    // an account made without one may hold a marker no password matches (Passwords.UNUSABLE)
    return passwordHash != null && !passwordHash.startsWith("!");
  }

  /**
   * A new password (already hashed by the policy); every open session and remembered sign-in of the
   * member ends, since whoever knew the old one may be signed in.
   */
  public void setNewPassword(String newHash) {
    if (newHash == null || newHash.isBlank()) {
      throw new IllegalArgumentException("A password hash is required");
    }
    passwordHash = newHash;
    endSessions();
  }

  /**
   * The member proved the address is theirs (the first proof counts; later ones change nothing).
   */
  public void verifyEmail(Instant at) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = at;
    }
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }

  public Instant getEmailVerifiedAt() {
    return emailVerifiedAt;
  }

  public void reinstate() {
    status = MemberStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == MemberStatus.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
