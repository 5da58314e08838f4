package com.marketplace.conversations.web;

import com.marketplace.conversations.boundary.Conversations;
import com.marketplace.identity.entity.Role;
import com.marketplace.identity.web.CurrentMember;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Unread messages for the navigation. */
@Named
@RequestScoped
public class MessagesBadge {

  @Inject Conversations conversations;
  @Inject CurrentMember currentMember;

  private long unread;

  /**
   * Counted again once a request marked messages read: the count is taken when the badge is first
   * looked at, which on an Ajax post-back is while the page's components are visited, before the
   * action runs.
   */
  public void recount() {
    load();
  }

  @PostConstruct
  void load() {
    if (currentMember.hasRole(Role.Names.CLIENT) || currentMember.hasRole(Role.Names.FREELANCER)) {
      unread = conversations.unread();
    }
  }

  public long getUnread() {
    return unread;
  }
}
