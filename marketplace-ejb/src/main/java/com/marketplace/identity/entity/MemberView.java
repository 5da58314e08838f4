package com.marketplace.identity.entity;

import com.marketplace.platform.tenant.MemberRef;
import java.time.Instant;

/** A member as pages show them; never carries the password hash. */
public record MemberView(
    long id,
    long tenantId,
    String email,
    String displayName,
    Role role,
    MemberStatus status,
    Instant createdAt,
    boolean emailVerified) {

  public static MemberView of(long tenantId, Member m) {
    return new MemberView(
        m.getId(),
        tenantId,
        m.getEmail(),
        m.getDisplayName(),
        m.getRole(),
        m.getStatus(),
        m.getCreatedAt(),
        m.isEmailVerified());
  }

  public MemberRef ref() {
    return new MemberRef(tenantId, id);
  }
}
