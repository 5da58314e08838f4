package com.marketplace.platform.web;

import com.marketplace.events.control.Messaging;
import com.marketplace.platform.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health: the app is ready when both the database and the broker answer. Anyone may
 * ask, so the answer says only up or down; what runs where (the database's product and version, why
 * a check failed) is added only where operators turn it on ({@code
 * marketplace.health.details=true}, for an instance whose health endpoint only they reach); why a
 * check failed is logged either way.
 */
@ApplicationScoped
public class HealthChecks {

  private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());

  @Inject
  @ConfigProperty(name = "marketplace.health.details", defaultValue = "false")
  boolean details;

  private volatile DataSource dataSource;
  private volatile ConnectionFactory connectionFactory;

  /**
   * The resources are looked up as the application starts, in its own naming context: the checks
   * run on the server's health endpoint, outside it, where {@code java:app} names do not resolve.
   * Not injected: in the EAR the EJB module defines both, and health checks are created before that
   * module's resources are bound; what is not bound yet is looked up again when checked.
   */
  void lookUpOnStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try {
      dataSource = lookup(SchemaMigration.DATA_SOURCE, DataSource.class);
      connectionFactory = lookup(Messaging.CONNECTION_FACTORY, ConnectionFactory.class);
    } catch (NamingException notYet) {
      LOG.log(Level.FINE, "Resources not bound yet; looked up when checked", notYet);
    }
  }

  private DataSource dataSource() throws NamingException {
    var known = dataSource;
    return known != null
        ? known
        : (dataSource = lookup(SchemaMigration.DATA_SOURCE, DataSource.class));
  }

  private ConnectionFactory connectionFactory() throws NamingException {
    var known = connectionFactory;
    return known != null
        ? known
        : (connectionFactory = lookup(Messaging.CONNECTION_FACTORY, ConnectionFactory.class));
  }

  private static <T> T lookup(String name, Class<T> type) throws NamingException {
    return type.cast(InitialContext.doLookup(name));
  }

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      var check = HealthCheckResponse.named("database");
      try (var connection = dataSource().getConnection()) {
        check.status(connection.isValid(2));
        if (details) {
          var meta = connection.getMetaData();
          check
              .withData("product", meta.getDatabaseProductName())
              .withData("version", meta.getDatabaseProductVersion());
        }
        return check.build();
      } catch (Exception e) {
        return down(check, e);
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck broker() {
    return () -> {
      var check = HealthCheckResponse.named("broker");
      try (JMSContext jms = connectionFactory().createContext()) {
        // A temporary queue needs a round trip to the broker, not just a pooled connection.
        jms.createTemporaryQueue();
        return check.up().build();
      } catch (Exception e) {
        return down(check, e);
      }
    };
  }

  private HealthCheckResponse down(HealthCheckResponseBuilder check, Exception e) {
    LOG.log(Level.WARNING, "Readiness check failed: {0}", String.valueOf(e));
    if (details) {
      check.withData("error", e.getClass().getSimpleName());
    }
    return check.down().build();
  }

  @Produces
  @Liveness
  HealthCheck alive() {
    return () -> HealthCheckResponse.up("application");
  }
}
