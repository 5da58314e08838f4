package com.marketplace.notifications.web;

import com.marketplace.notifications.boundary.Preferences;
import com.marketplace.notifications.entity.Channel;
import com.marketplace.notifications.entity.PreferenceView;
import com.marketplace.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The member's notification preferences as a form: one checkbox per event type and channel, keyed
 * "Type:CHANNEL". Saving changes only what the member changed.
 */
@Named
@RequestScoped
public class PreferencesForm {

  @Inject Preferences preferences;

  private List<PreferenceView> rows = List.of();
  private final Map<String, Boolean> choices = new HashMap<>();

  @PostConstruct
  void load() {
    rows = preferences.mine();
    choices.clear();
    for (PreferenceView p : rows) {
      choices.put(key(p, Channel.IN_APP), p.inApp());
      choices.put(key(p, Channel.EMAIL), p.email());
    }
  }

  public void save() {
    for (PreferenceView p : rows) {
      for (Channel channel : Channel.values()) {
        boolean was = channel == Channel.IN_APP ? p.inApp() : p.email();
        Boolean wanted = choices.get(key(p, channel));
        if (wanted != null && wanted != was) {
          preferences.set(p.type(), channel, wanted);
        }
      }
    }
    load();
    Pages.info("Your notification preferences are saved.");
  }

  private static String key(PreferenceView p, Channel channel) {
    return p.type().name() + ":" + channel;
  }

  public List<PreferenceView> getRows() {
    return rows;
  }

  public Map<String, Boolean> getChoices() {
    return choices;
  }
}
