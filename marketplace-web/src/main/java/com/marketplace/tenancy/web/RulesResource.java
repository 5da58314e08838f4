package com.marketplace.tenancy.web;

import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.MarketplaceRules;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.SortedSet;

/** The workspace's marketplace rules; the owner changes them. */
@Path("workspace/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RulesResource {

  @Inject Tenants tenants;

  public record Rules(int autoReleaseDays, SortedSet<String> uploadTypes, long uploadMaxBytes) {}

  @GET
  public MarketplaceRules get() {
    return tenants.rules();
  }

  @PUT
  public MarketplaceRules change(Rules rules) {
    return tenants.changeRules(
        new MarketplaceRules(rules.autoReleaseDays(), rules.uploadTypes(), rules.uploadMaxBytes()));
  }
}
