package org.microblog.adapter.persistence.block;

import static org.microblog.adapter.persistence.support.Updates.update;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Mute;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Blocks and mutes in {@code blocks} and {@code mutes}, one row per pair. A block ends the follows
 * both ways through the follow adapter in the same transaction, so the stored follower and
 * following counts move exactly as an unfollow moves them. What the rows hide is filtered where the
 * lists are read ({@link BlockSql}).
 */
@Singleton
public class BlockPersistenceAdapter implements BlockPort {
  private static final String BLOCK =
      "INSERT INTO blocks (blocker_id, blocked_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
  private static final String UNBLOCK =
      "DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?";
  private static final String MUTE =
      "INSERT INTO mutes (muter_id, muted_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
  private static final String UNMUTE = "DELETE FROM mutes WHERE muter_id = ? AND muted_id = ?";
  // Parameters: viewer, other, other, viewer, viewer, other. Three primary-key probes.
  private static final String RELATION =
      "SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_id = ? AND blocked_id = ?),"
          + " EXISTS (SELECT 1 FROM blocks WHERE blocker_id = ? AND blocked_id = ?),"
          + " EXISTS (SELECT 1 FROM mutes WHERE muter_id = ? AND muted_id = ?)";
  // Parameters: blocker (muter). Ends in "LIMIT " for the row count, written in.
  private static final String BLOCKED_BY =
      "SELECT u.username FROM blocks b JOIN users u ON u.id = b.blocked_id"
          + " WHERE b.blocker_id = ? ORDER BY u.username_key LIMIT ";
  private static final String MUTED_BY =
      "SELECT u.username FROM mutes m JOIN users u ON u.id = m.muted_id"
          + " WHERE m.muter_id = ? ORDER BY u.username_key LIMIT ";

  // Client API (api-people). Parameters: owner, before. Ranges of the primary keys; ends in
  // "LIMIT " for the row count, written in.
  private static final String BLOCKED_IDS =
      "SELECT blocked_id FROM blocks WHERE blocker_id = ? AND blocked_id < ?"
          + " ORDER BY blocked_id DESC LIMIT ";
  private static final String MUTED_IDS =
      "SELECT muted_id FROM mutes WHERE muter_id = ? AND muted_id < ?"
          + " ORDER BY muted_id DESC LIMIT ";

  private final JdbcOperations jdbc;
  private final FollowPort follows;

  BlockPersistenceAdapter(JdbcOperations jdbc, FollowPort follows) {
    this.jdbc = jdbc;
    this.follows = follows;
  }

  @Override
  @Transactional
  public void block(Block block) {
    write(BLOCK, block.blocker(), block.blocked());
    block.severedFollows().forEach(follows::unfollow);
  }

  @Override
  @Transactional
  public void unblock(Block block) {
    write(UNBLOCK, block.blocker(), block.blocked());
  }

  @Override
  @Transactional
  public void mute(Mute mute) {
    write(MUTE, mute.muter(), mute.muted());
  }

  @Override
  @Transactional
  public void unmute(Mute mute) {
    write(UNMUTE, mute.muter(), mute.muted());
  }

  private void write(String sql, UserId one, UserId other) {
    jdbc.execute(connection -> update(connection, sql, one.value(), other.value()));
  }

  @Override
  public Relation relation(UserId viewer, UserId other) {
    long me = viewer.value();
    long them = other.value();
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(RELATION)) {
            long[] parameters = {me, them, them, me, me, them};
            for (int i = 0; i < parameters.length; i++) {
              statement.setLong(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
              row.next();
              return new Relation(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3));
            }
          }
        });
  }

  @Override
  public List<Username> blockedBy(UserId blocker, int max) {
    return names(BLOCKED_BY + max, blocker);
  }

  @Override
  public List<Username> mutedBy(UserId muter, int max) {
    return names(MUTED_BY + max, muter);
  }

  private List<Username> names(String sql, UserId owner) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, owner.value());
            try (ResultSet rows = statement.executeQuery()) {
              List<Username> names = new ArrayList<>();
              while (rows.next()) {
                names.add(new Username(rows.getString(1)));
              }
              return names;
            }
          }
        });
  }

  @Override
  public List<UserId> blockedIds(UserId blocker, long beforeId, int max) {
    return ids(BLOCKED_IDS + max, blocker, beforeId);
  }

  @Override
  public List<UserId> mutedIds(UserId muter, long beforeId, int max) {
    return ids(MUTED_IDS + max, muter, beforeId);
  }

  private List<UserId> ids(String sql, UserId owner, long beforeId) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, owner.value());
            statement.setLong(2, beforeId);
            try (ResultSet rows = statement.executeQuery()) {
              List<UserId> ids = new ArrayList<>();
              while (rows.next()) {
                ids.add(new UserId(rows.getLong(1)));
              }
              return ids;
            }
          }
        });
  }
}
