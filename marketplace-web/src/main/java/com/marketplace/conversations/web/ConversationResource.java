package com.marketplace.conversations.web;

import com.marketplace.conversations.boundary.Conversations;
import com.marketplace.conversations.entity.ContextType;
import com.marketplace.conversations.entity.ConversationMessage;
import com.marketplace.conversations.entity.ConversationView;
import com.marketplace.conversations.entity.MessageView;
import com.marketplace.files.web.Uploads;
import com.marketplace.platform.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conversations over the API (N1): the caller's own, and the owner's view of disputed ones. */
@Path("conversations")
@Tag(name = "Conversations")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

  @Inject Conversations conversations;

  public record Context(ContextType contextType, Long contextId) {}

  @GET
  public List<ConversationView> mine() {
    return conversations.mine();
  }

  @GET
  @Path("unread")
  public long unread() {
    return conversations.unread();
  }

  /** Opens (or starts) the conversation about a job, proposal or contract. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public ConversationView open(Context context) {
    if (context == null || context.contextType() == null || context.contextId() == null) {
      throw new InvalidInputException(
          "Name the context: contextType (JOB, PROPOSAL, CONTRACT) and contextId.");
    }
    return conversations.open(context.contextType(), context.contextId());
  }

  /** The conversation with its latest messages; marks nothing read (see {@link #markRead}). */
  @GET
  @Path("{id}")
  public ConversationView read(@PathParam("id") long id) {
    return conversations.read(id);
  }

  /**
   * Marks the caller's messages read up to {@code upTo}, the newest one they were shown (every
   * message when it is left out).
   */
  @POST
  @Path("{id}/read")
  public Response markRead(@PathParam("id") long id, @QueryParam("upTo") Long upTo) {
    conversations.markRead(id, upTo == null ? Long.MAX_VALUE : upTo);
    return Response.noContent().build();
  }

  /** Multipart: a {@code body} field and file parts. */
  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response post(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
    var form = Uploads.of(parts, "body", ConversationMessage.BODY_MAX);
    MessageView sent = conversations.post(id, form.text(), form.files());
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }
}
