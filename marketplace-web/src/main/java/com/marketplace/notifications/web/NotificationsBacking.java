package com.marketplace.notifications.web;

import com.marketplace.identity.web.CurrentMember;
import com.marketplace.notifications.boundary.Notifications;
import com.marketplace.notifications.entity.NotificationView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The bell in the top bar and the notification list. */
@Named
@RequestScoped
public class NotificationsBacking {

  static final int PAGE = 20;

  @Inject Notifications notifications;
  @Inject CurrentMember currentMember;

  private long unread;
  private List<NotificationView> latest = List.of();

  @PostConstruct
  void load() {
    if (currentMember.isSignedIn()) {
      unread = notifications.unread();
      latest = notifications.latest(0, PAGE);
    }
  }

  public void markRead(long id) {
    notifications.markRead(id);
    load();
  }

  public void markAllRead() {
    notifications.markAllRead();
    load();
  }

  public long getUnread() {
    return unread;
  }

  public List<NotificationView> getLatest() {
    return latest;
  }
}
