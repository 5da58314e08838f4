package com.marketplace.conversations.web;

import com.marketplace.conversations.boundary.Conversations;
import com.marketplace.conversations.entity.ContextType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Opens, starting it if new, the conversation about a job, proposal or contract: the action of the
 * "Message" buttons on those pages, a form post (starting one is a change, so never a link), then
 * on to the messages page showing it.
 */
@Named
@RequestScoped
public class StartConversation {

  @Inject Conversations conversations;

  public String about(ContextType type, long id) {
    long conversation = conversations.open(type, id).id();
    return "/app/messages?faces-redirect=true&c=" + conversation;
  }
}
