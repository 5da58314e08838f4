package com.marketplace.tenancy.web;

import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.MarketplaceRules;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.SortedSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workspace's marketplace rules; the owner changes them. Without {@code timeApprovalDays}
 * submitted time is never approved automatically.
 */
@Path("workspace/rules")
@Tag(name = "Workspace")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RulesResource {

  @Inject Tenants tenants;

  public record Rules(
      @NotNull
          @Min(MarketplaceRules.MIN_AUTO_RELEASE_DAYS)
          @Max(MarketplaceRules.MAX_AUTO_RELEASE_DAYS)
          Integer autoReleaseDays,
      @NotNull @Size(min = 1, max = MarketplaceRules.MAX_UPLOAD_TYPES)
          SortedSet<@NotNull @Size(max = MarketplaceRules.MEDIA_TYPE_MAX) String> uploadTypes,
      @NotNull @Min(MarketplaceRules.MIN_UPLOAD_BYTES) @Max(MarketplaceRules.MAX_UPLOAD_BYTES)
          Long uploadMaxBytes,
      @Min(MarketplaceRules.MIN_AUTO_RELEASE_DAYS) @Max(MarketplaceRules.MAX_AUTO_RELEASE_DAYS)
          Integer timeApprovalDays) {}

  @GET
  public MarketplaceRules get() {
    return tenants.rules();
  }

  @PUT
  public MarketplaceRules change(@Valid @NotNull Rules rules) {
    return tenants.changeRules(
        new MarketplaceRules(
            rules.autoReleaseDays(),
            rules.uploadTypes(),
            rules.uploadMaxBytes(),
            rules.timeApprovalDays()));
  }
}
