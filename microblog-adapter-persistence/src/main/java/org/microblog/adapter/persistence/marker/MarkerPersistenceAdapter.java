package org.microblog.adapter.persistence.marker;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.microblog.application.port.out.marker.MarkerPort;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * Markers in {@code markers}, one row per person and timeline. Saving bumps the stored version in
 * the row itself ({@code version = version + 1}), so two saves at once both count; the first save
 * inserts version 1, and should another insert win that race, the update runs again.
 */
@Singleton
public class MarkerPersistenceAdapter implements MarkerPort {
  private static final String READ =
      "SELECT timeline, last_read_id, version, updated_at FROM markers WHERE user_id = ?";
  // Parameters: last read id, time, user, timeline.
  private static final String BUMP =
      "UPDATE markers SET last_read_id = ?, updated_at = ?, version = version + 1"
          + " WHERE user_id = ? AND timeline = ?";
  // Parameters: timeline, last read id, time, user: no row for an unknown user.
  private static final String INSERT =
      "INSERT INTO markers (user_id, timeline, last_read_id, version, updated_at)"
          + " SELECT id, ?, ?, 1, ? FROM users WHERE id = ? ON CONFLICT DO NOTHING";
  private static final String ONE = READ + " AND timeline = ?";

  private final JdbcOperations jdbc;

  MarkerPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Marker> markers(UserId user, Set<MarkerTimeline> timelines) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setLong(1, user.value());
            List<Marker> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                Marker marker = marker(rows);
                if (timelines.contains(marker.timeline())) {
                  found.add(marker);
                }
              }
            }
            found.sort(Comparator.comparing(Marker::timeline));
            return found;
          }
        });
  }

  @Override
  @Transactional
  public Marker save(UserId user, MarkerTimeline timeline, long lastReadId, Instant at) {
    OffsetDateTime time = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    return jdbc.execute(
        connection -> {
          if (bump(connection, user, timeline, lastReadId, time) == 0
              && insert(connection, user, timeline, lastReadId, time) == 0
              && bump(connection, user, timeline, lastReadId, time) == 0) {
            throw DomainException.notFound("user.unknown", "No such user.");
          }
          return one(connection, user, timeline).orElseThrow();
        });
  }

  private static int bump(
      Connection connection,
      UserId user,
      MarkerTimeline timeline,
      long lastReadId,
      OffsetDateTime time)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(BUMP)) {
      statement.setLong(1, lastReadId);
      statement.setObject(2, time);
      statement.setLong(3, user.value());
      statement.setString(4, timeline.name());
      return statement.executeUpdate();
    }
  }

  private static int insert(
      Connection connection,
      UserId user,
      MarkerTimeline timeline,
      long lastReadId,
      OffsetDateTime time)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      statement.setString(1, timeline.name());
      statement.setLong(2, lastReadId);
      statement.setObject(3, time);
      statement.setLong(4, user.value());
      return statement.executeUpdate();
    }
  }

  private static Optional<Marker> one(Connection connection, UserId user, MarkerTimeline timeline)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ONE)) {
      statement.setLong(1, user.value());
      statement.setString(2, timeline.name());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(marker(row)) : Optional.empty();
      }
    }
  }

  private static Marker marker(ResultSet row) throws SQLException {
    return new Marker(
        MarkerTimeline.valueOf(row.getString(1)),
        row.getLong(2),
        row.getLong(3),
        row.getObject(4, OffsetDateTime.class).toInstant());
  }
}
