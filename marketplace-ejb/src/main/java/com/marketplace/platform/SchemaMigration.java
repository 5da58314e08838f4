package com.marketplace.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the newest version of the SQL migrations in {@code sql/} before anything
 * else touches the database. The JPA provider never generates schema.
 *
 * <p>The data source is defined here from configuration (system properties or environment, e.g.
 * {@code MARKETPLACE_DB_URL}); no connection detail is compiled in.
 */
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=marketplace.db.url}",
    user = "${MPCONFIG=marketplace.db.user}",
    password = "${MPCONFIG=marketplace.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    // Plain reads see what other transactions committed; money commands lock what they change.
    isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
    // What the application relies on whatever the URL says: UTF-8 text and UTC timestamps. The
    // driver keeps no list of each connection's open statements: statements the persistence
    // provider leaves open stayed on that list of the pooled connection for good, and every new
    // statement searched it (a billing run of thousands slowed down as it went). Each connection
    // keeps the parsed form of the statements it prepared, so the same SQL is not parsed again.
    // The driver remembers the session's autocommit and isolation level and the server's word on
    // whether a transaction is open, so that setting them to what they are, or committing nothing,
    // sends no statement (the pool sets them on every use of a connection).
    properties = {
      "characterEncoding=UTF-8",
      "connectionTimeZone=UTC",
      "forceConnectionTimeZoneToSession=true",
      "dontTrackOpenResources=true",
      "cachePrepStmts=true",
      "prepStmtCacheSize=500",
      "prepStmtCacheSqlLimit=4096",
      "useLocalSessionState=true",
      "useLocalTransactionState=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/marketplace";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
