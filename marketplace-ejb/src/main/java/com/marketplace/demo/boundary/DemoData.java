package com.marketplace.demo.boundary;

import com.marketplace.identity.boundary.Registration;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.portal.boundary.PortalAccounts;
import com.marketplace.subscriptions.boundary.BillingCycle;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds two demo workspaces on the first start when {@code marketplace.demo-data=true} (the
 * embedded quick start turns it on; production leaves it off). Each workspace is created through
 * the same boundaries a user goes through, one transaction each; a second start finds them and does
 * nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

  public static final String PASSWORD = "demo-password";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "marketplace.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject Tenants tenants;
  @Inject BusinessSignup signup;
  @Inject Registration registration;
  @Inject TenantContext context;
  @Inject DemoMarketplace marketplace;
  @Inject DemoDesk desk;
  @Inject DemoHourly hourly;
  @Inject DemoInvoices invoices;
  @Inject DemoSubscriptions subscriptions;
  @Inject PortalAccounts portalAccounts;
  @Inject DemoPortal portal;
  @Inject BillingCycle billing;
  @Inject Clock clock;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    seedWorkspace("acme", "Acme Studio", "USD", "10", "#1a73e8");
    seedWorkspace("globex", "Globex Talent", "EUR", "8.5", "#0f9d58");
  }

  private void seedWorkspace(
      String slug, String name, String currency, String feePercent, String colour) {
    if (tenants.findBySlug(slug).isPresent()) {
      return;
    }
    var owner =
        signup.signUpConfirmed(
            new BusinessSignupForm(
                name,
                slug,
                currency,
                new BigDecimal(feePercent),
                colour,
                null,
                "Olivia Owner",
                "owner@" + slug + ".test",
                PASSWORD));
    context.use(owner.tenantId());
    var cast =
        new DemoMarketplace.Cast(
            registration
                .register("Carla Client", "client@" + slug + ".test", PASSWORD, Role.CLIENT)
                .id(),
            registration
                .register("Chris Client", "client2@" + slug + ".test", PASSWORD, Role.CLIENT)
                .id(),
            registration
                .register(
                    "Fiona Freelancer", "freelancer@" + slug + ".test", PASSWORD, Role.FREELANCER)
                .id(),
            registration
                .register(
                    "Frank Freelancer", "freelancer2@" + slug + ".test", PASSWORD, Role.FREELANCER)
                .id());
    marketplace.seed(cast, currency);
    desk.seed(cast, currency);
    hourly.seed(cast, currency);
    invoices.seed(cast, currency);
    subscriptions.seed(cast, currency, name);
    // bills the subscriptions' periods so far, as the daily run would have
    billing.run(BillingCycle.dueIn(owner.tenantId()), clock, billed -> {});
    // every CRM client and customer with an email gets its portal account; Northwind's is the
    // demo's
    portalAccounts.provisionAll();
    portal.seed(cast, currency, PASSWORD);
    LOG.info(() -> "Seeded demo workspace " + slug);
  }
}
