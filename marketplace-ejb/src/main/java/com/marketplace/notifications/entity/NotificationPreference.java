package com.marketplace.notifications.entity;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A member's choice for one event type on one channel; without one, the member hears of it. */
@Entity
@Table(name = "notification_preference")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = NotificationPreference.OF_MEMBER,
    query = "SELECT p FROM NotificationPreference p WHERE p.memberId = :member")
public class NotificationPreference {

  public static final String OF_MEMBER = "NotificationPreference.ofMember";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "event_type", nullable = false, updatable = false)
  private String eventType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(nullable = false)
  private boolean enabled;

  @Version private long version;

  protected NotificationPreference() {}

  public NotificationPreference(long memberId, NoticeType type, Channel channel, boolean enabled) {
    this.memberId = memberId;
    this.eventType = type.name();
    this.channel = channel;
    this.enabled = enabled;
  }

  public boolean concerns(String type, Channel channel) {
    return eventType.equals(type) && this.channel == channel;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
