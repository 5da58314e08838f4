package com.marketplace.conversations.web;

import com.marketplace.conversations.boundary.Conversations;
import com.marketplace.conversations.entity.ConversationView;
import com.marketplace.files.web.Uploads;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * The messages page: the member's conversations on the left, the open one ({@code ?c=}) on the
 * right with the newest message at the bottom. Showing it changes nothing; once the page is shown,
 * it marks what it showed read by an Ajax call ({@link #markRead}). Conversations are started by a
 * form post on the job, proposal or contract ({@link StartConversation}). New messages arrive by
 * push (see {@code PushRelay}); the page then asks for the open conversation again.
 */
@Named
@ViewScoped
public class MessagesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Conversations conversations;
  @Inject MessagesBadge badge;

  private Long c;
  private ConversationView current;
  private List<ConversationView> list = List.of();
  private String body;
  private transient List<Part> attachments;

  /** Shows {@code ?c=}, if there is such a conversation for the member; marks nothing read. */
  public void load() {
    if (c != null) {
      try {
        current = conversations.read(c);
      } catch (MarketplaceException e) {
        Pages.error(e.getMessage());
      }
    }
    list = conversations.mine();
  }

  /** Once the page is shown (an Ajax call): marks the messages it showed read. */
  public void markRead() {
    markShownRead();
    list = conversations.mine();
  }

  /** After a push: the open conversation, now shown, and the list again. */
  public void refresh() {
    if (current != null) {
      current = conversations.read(c);
      markShownRead();
    }
    list = conversations.mine();
  }

  private void markShownRead() {
    if (current != null && !current.messages().isEmpty()) {
      conversations.markRead(
          current.id(), current.messages().get(current.messages().size() - 1).id());
      badge.recount();
    }
  }

  public String send() {
    conversations.post(c, body, Uploads.of(attachments));
    return "/app/messages?faces-redirect=true&c=" + c;
  }

  public Long getC() {
    return c;
  }

  public void setC(Long c) {
    this.c = c;
  }

  public ConversationView getCurrent() {
    return current;
  }

  public List<ConversationView> getList() {
    return list;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<Part> getAttachments() {
    return attachments;
  }

  public void setAttachments(List<Part> attachments) {
    this.attachments = attachments;
  }
}
