package com.marketplace.desk.entity;

import java.time.Instant;
import java.util.List;

/**
 * A client's page: what the freelancer wrote down, the member it is linked to, its projects and the
 * time tracked on all of them; {@code deletable} when nothing hangs on it.
 */
public record ClientView(
    long id,
    String name,
    String email,
    String phone,
    String company,
    String notes,
    String billingAddress,
    String countryCode,
    String taxId,
    Long memberId,
    String memberName,
    boolean archived,
    Instant createdAt,
    long trackedSeconds,
    boolean deletable,
    List<ProjectRow> projects) {

  /** "12 h 15 min", the time tracked for this client. */
  public String tracked() {
    return TimeEntry.length(trackedSeconds);
  }
}
