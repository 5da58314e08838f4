package com.marketplace.notifications.web;

import com.marketplace.identity.web.CurrentMember;
import com.marketplace.notifications.boundary.Notifications;
import com.marketplace.notifications.boundary.Preferences;
import com.marketplace.notifications.entity.Channel;
import com.marketplace.notifications.entity.NotificationView;
import com.marketplace.notifications.entity.PreferenceView;
import com.marketplace.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bell in the top bar and the notification list. */
@Named
@RequestScoped
public class NotificationsBacking {

  static final int PAGE = 20;

  @Inject Notifications notifications;
  @Inject CurrentMember currentMember;
  @Inject Preferences preferences;

  private long unread;
  private List<NotificationView> latest = List.of();
  private List<PreferenceView> preferenceRows;
  private final Map<String, Boolean> choices = new HashMap<>();

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

  /** Each event type with its two channels, as the form edits them ("Type:CHANNEL" keys). */
  public List<PreferenceView> getPreferences() {
    if (preferenceRows == null) {
      preferenceRows = preferences.mine();
      for (PreferenceView p : preferenceRows) {
        choices.putIfAbsent(p.type() + ":" + Channel.IN_APP, p.inApp());
        choices.putIfAbsent(p.type() + ":" + Channel.EMAIL, p.email());
      }
    }
    return preferenceRows;
  }

  public Map<String, Boolean> getChoices() {
    getPreferences();
    return choices;
  }

  public void savePreferences() {
    for (PreferenceView p : preferences.mine()) {
      for (Channel channel : Channel.values()) {
        boolean now = channel == Channel.IN_APP ? p.inApp() : p.email();
        Boolean wanted = choices.get(p.type() + ":" + channel);
        if (wanted != null && wanted != now) {
          preferences.set(p.type(), channel, wanted);
        }
      }
    }
    preferenceRows = null;
    Pages.info("Your notification preferences are saved.");
  }

  public long getUnread() {
    return unread;
  }

  public List<NotificationView> getLatest() {
    return latest;
  }
}
