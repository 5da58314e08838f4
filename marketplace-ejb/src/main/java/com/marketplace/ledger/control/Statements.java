package com.marketplace.ledger.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * JDBC plumbing of the {@link Journal}: prepared statements on one connection, parameters bound by
 * type (instants as timestamps, nulls as numbers), and every driver failure as a {@link
 * LedgerStorageException} that keeps the driver's exception as its cause.
 */
final class Statements implements AutoCloseable {

  private final Connection connection;

  Statements(Connection connection) {
    this.connection = connection;
  }

  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  <T> T query(String sql, Reader<T> reader, Object... params) {
    try (PreparedStatement ps = bind(connection.prepareStatement(sql), params);
        ResultSet rs = ps.executeQuery()) {
      return reader.read(rs);
    } catch (SQLException e) {
      throw new LedgerStorageException(e);
    }
  }

  /** Answers how many rows the statement changed. */
  int update(String sql, Object... params) {
    try (PreparedStatement ps = bind(connection.prepareStatement(sql), params)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new LedgerStorageException(e);
    }
  }

  long insert(String sql, Object... params) {
    try (PreparedStatement ps =
        bind(connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS), params)) {
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new LedgerStorageException(e);
    }
  }

  private static PreparedStatement bind(PreparedStatement ps, Object... params)
      throws SQLException {
    try {
      for (int i = 0; i < params.length; i++) {
        Object value = params[i];
        if (value == null) {
          ps.setNull(i + 1, Types.BIGINT);
        } else if (value instanceof Instant instant) {
          ps.setTimestamp(i + 1, Timestamp.from(instant));
        } else {
          ps.setObject(i + 1, value);
        }
      }
      return ps;
    } catch (SQLException e) {
      ps.close();
      throw e;
    }
  }

  /** Gives the connection back; the transaction it belongs to goes on. */
  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new LedgerStorageException(e);
    }
  }
}
