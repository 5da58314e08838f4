package com.marketplace.platform.web;

import com.marketplace.events.control.Messaging;
import com.marketplace.platform.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** MicroProfile Health: the app is ready when both the database and the broker answer. */
@ApplicationScoped
public class HealthChecks {

  // Looked up when checked, not injected: in the EAR the EJB module defines both resources, and
  // health checks are created before that module's resources are bound.
  private static <T> T lookup(String name, Class<T> type) throws NamingException {
    return type.cast(InitialContext.doLookup(name));
  }

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      var check = HealthCheckResponse.named("database");
      try (var connection = lookup(SchemaMigration.DATA_SOURCE, DataSource.class).getConnection()) {
        var meta = connection.getMetaData();
        return check
            .status(connection.isValid(2))
            .withData("product", meta.getDatabaseProductName())
            .withData("version", meta.getDatabaseProductVersion())
            .build();
      } catch (Exception e) {
        return check.down().withData("error", e.getClass().getSimpleName()).build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck broker() {
    return () -> {
      var check = HealthCheckResponse.named("broker");
      try (JMSContext jms =
          lookup(Messaging.CONNECTION_FACTORY, ConnectionFactory.class).createContext()) {
        // A temporary queue needs a round trip to the broker, not just a pooled connection.
        jms.createTemporaryQueue();
        return check.up().build();
      } catch (Exception e) {
        return check.down().withData("error", e.getClass().getSimpleName()).build();
      }
    };
  }

  @Produces
  @Liveness
  HealthCheck alive() {
    return () -> HealthCheckResponse.up("application");
  }
}
