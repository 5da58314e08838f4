package com.marketplace.search.web;

import com.marketplace.search.boundary.Search;
import com.marketplace.search.entity.SearchQuery;
import com.marketplace.search.entity.SearchResults;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The header's search over the API (H8): what the member may see, grouped by kind. */
@Path("search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject Search search;

  @GET
  public SearchResults find(
      @QueryParam("q")
          @NotBlank(message = "Say what to search for.")
          @Size(max = SearchQuery.MAX, message = SearchQuery.TOO_LONG)
          String q) {
    return search.find(q);
  }
}
