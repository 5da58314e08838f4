package com.marketplace.notifications.web;

import com.marketplace.notifications.boundary.DeadLetters;
import com.marketplace.notifications.entity.DeadLetter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspace's events no consumer could handle (owner only). */
@Path("workspace/dead-letters")
@Tag(name = "Workspace")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

  @Inject DeadLetters deadLetters;

  @GET
  public List<DeadLetter> list() {
    return deadLetters.list();
  }
}
