package org.microblog.adapter.persistence.limits;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.microblog.application.port.out.limits.RateLimitCounterPort;

/**
 * Rate-limit counters in the database, so that every instance on it spends one budget. Each call is
 * a few single statements in autocommit, safe under concurrency without a transaction: the row lock
 * of an UPDATE orders counts of one key, and an INSERT that another instance beat becomes an UPDATE
 * on the next round.
 */
final class RateLimitCounterPersistenceAdapter implements RateLimitCounterPort {
  private static final String OPEN =
      "SELECT window_end, event_count FROM rate_limit_windows"
          + " WHERE counter_key = ? AND window_end > ?";
  private static final String COUNT_IN_OPEN =
      "UPDATE rate_limit_windows SET event_count = event_count + 1"
          + " WHERE counter_key = ? AND window_end > ?";
  private static final String RESTART_FINISHED =
      "UPDATE rate_limit_windows SET event_count = 1, window_end = ?"
          + " WHERE counter_key = ? AND window_end <= ?";
  private static final String START =
      "INSERT INTO rate_limit_windows (counter_key, window_end, event_count) VALUES (?, ?, 1)"
          + " ON CONFLICT DO NOTHING";
  private static final String FORGET = "DELETE FROM rate_limit_windows WHERE counter_key = ?";
  private static final String SWEEP = "DELETE FROM rate_limit_windows WHERE window_end < ?";

  /** Rows of windows finished this long ago are deleted whenever a new key starts counting. */
  private static final Duration KEEP_FINISHED = Duration.ofHours(1);

  private static final int MAX_ROUNDS = 5;

  private final JdbcOperations jdbc;

  RateLimitCounterPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<CounterWindow> openWindow(String key, Instant now) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement open = connection.prepareStatement(OPEN)) {
            open.setString(1, key);
            open.setObject(2, at(now));
            try (ResultSet row = open.executeQuery()) {
              return row.next()
                  ? Optional.of(
                      new CounterWindow(
                          row.getObject(1, OffsetDateTime.class).toInstant(), row.getLong(2)))
                  : Optional.<CounterWindow>empty();
            }
          }
        });
  }

  @Override
  public void count(String key, Instant now, Duration length) {
    jdbc.execute(
        connection -> {
          // Each lost race means another writer just made the row, which the next round updates.
          for (int round = 0; round < MAX_ROUNDS; round++) {
            if (counted(connection, key, now, length)) {
              return null;
            }
          }
          throw new IllegalStateException("could not count rate-limit key " + key);
        });
  }

  private static boolean counted(Connection connection, String key, Instant now, Duration length)
      throws SQLException {
    if (update(connection, COUNT_IN_OPEN, key, at(now)) == 1) {
      return true;
    }
    OffsetDateTime end = at(now.plus(length));
    try (PreparedStatement restart = connection.prepareStatement(RESTART_FINISHED)) {
      restart.setObject(1, end);
      restart.setString(2, key);
      restart.setObject(3, at(now));
      if (restart.executeUpdate() == 1) {
        return true;
      }
    }
    if (update(connection, START, key, end) == 1) {
      try (PreparedStatement sweep = connection.prepareStatement(SWEEP)) {
        sweep.setObject(1, at(now.minus(KEEP_FINISHED)));
        sweep.executeUpdate();
      }
      return true;
    }
    return false;
  }

  private static int update(Connection connection, String sql, String key, OffsetDateTime time)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key);
      statement.setObject(2, time);
      return statement.executeUpdate();
    }
  }

  @Override
  public void reset(String key) {
    jdbc.execute(
        connection -> {
          try (PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.setString(1, key);
            return forget.executeUpdate();
          }
        });
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
