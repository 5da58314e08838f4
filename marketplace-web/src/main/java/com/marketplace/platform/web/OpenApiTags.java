package com.marketplace.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Lists each tag of the OpenAPI document once (named in {@code microprofile-config.properties}):
 * Payara adds a tag to the document for every resource class that carries it, and the API's
 * features each span several classes.
 */
public class OpenApiTags implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getTags() == null) {
      return;
    }
    Map<String, Tag> once = new LinkedHashMap<>();
    document.getTags().forEach(tag -> once.putIfAbsent(tag.getName(), tag));
    document.setTags(new ArrayList<>(once.values()));
  }
}
