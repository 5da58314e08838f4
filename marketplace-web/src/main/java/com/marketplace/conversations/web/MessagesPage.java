package com.marketplace.conversations.web;

import com.marketplace.conversations.boundary.Conversations;
import com.marketplace.conversations.entity.ContextType;
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
 * The messages page: the member's conversations on the left, the open one on the right with the
 * newest message at the bottom. New messages arrive by push (see {@code PushRelay}); the page then
 * asks for the open conversation again.
 */
@Named
@ViewScoped
public class MessagesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Conversations conversations;

  private Long c;
  private String open;
  private Long about;
  private ConversationView current;
  private List<ConversationView> list = List.of();
  private String body;
  private transient List<Part> attachments;

  /** Opens {@code ?c=} or, from a job, proposal or contract, {@code ?open=TYPE&about=ID}. */
  public void load() {
    try {
      if (open != null && about != null) {
        current = conversations.open(ContextType.valueOf(open), about);
        c = current.id();
      } else if (c != null) {
        current = conversations.read(c);
      }
    } catch (MarketplaceException | IllegalArgumentException e) {
      Pages.error(
          e instanceof MarketplaceException ? e.getMessage() : "There is no such conversation.");
    }
    list = conversations.mine();
  }

  /** After a push: the open conversation and the list again. */
  public void refresh() {
    if (c != null) {
      current = conversations.read(c);
    }
    list = conversations.mine();
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

  public String getOpen() {
    return open;
  }

  public void setOpen(String open) {
    this.open = open;
  }

  public Long getAbout() {
    return about;
  }

  public void setAbout(Long about) {
    this.about = about;
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
