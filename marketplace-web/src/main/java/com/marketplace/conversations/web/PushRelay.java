package com.marketplace.conversations.web;

import com.marketplace.conversations.entity.ConversationChanged;
import com.marketplace.notifications.control.NotificationPosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Tells a member's open pages, over the Faces WebSocket channel "inbox", that something arrived for
 * them ("message" or "notification"), once the change is committed. The pages then fetch it with an
 * Ajax request: nothing but the word travels over the socket.
 */
@ApplicationScoped
public class PushRelay {

  public static final String CHANNEL = "inbox";

  @Inject
  @Push(channel = CHANNEL)
  PushContext inbox;

  void messagePosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged e) {
    inbox.send("message", e.recipientId());
    inbox.send("message", e.senderId());
  }

  void notificationPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationPosted e) {
    inbox.send("notification", e.memberId());
  }
}
