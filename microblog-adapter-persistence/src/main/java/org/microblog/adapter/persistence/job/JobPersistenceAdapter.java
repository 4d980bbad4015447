package org.microblog.adapter.persistence.job;

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
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobId;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.JobPayload;
import org.microblog.domain.job.JobState;
import org.microblog.domain.job.NewJob;
import org.microblog.domain.user.UserId;

/**
 * Jobs in {@code jobs}. A claim on PostgreSQL locks the oldest due row with {@code FOR UPDATE SKIP
 * LOCKED}, so concurrent claimers on any number of instances pass each other without waiting and
 * never take the same row; elsewhere (H2) it claims a candidate with an UPDATE whose WHERE repeats
 * the due condition, which only one of two racing claimers can satisfy. Reports change a row only
 * while it is running.
 */
@Singleton
public class JobPersistenceAdapter implements JobQueue {
  private final JdbcOperations jdbc;

  JobPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public Optional<Job> enqueue(NewJob job, Instant now) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(JobSql.INSERT, new String[] {"id"})) {
            insert.setString(1, job.kind().name());
            insert.setLong(2, job.owner().value());
            insert.setString(3, job.payload().encoded());
            insert.setObject(4, at(job.runAfter()));
            insert.setObject(5, at(now));
            insert.setString(6, job.exclusiveKey().orElse(null));
            if (insert.executeUpdate() == 0) {
              return Optional.empty();
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              return Optional.of(
                  new Job(
                      new JobId(keys.getLong(1)),
                      job.kind(),
                      job.owner(),
                      job.payload(),
                      JobState.QUEUED,
                      0,
                      0,
                      Optional.empty(),
                      job.runAfter(),
                      now));
            }
          }
        });
  }

  @Override
  @Transactional
  public Optional<Job> claimNext(Instant now, Instant leaseUntil) {
    return jdbc.execute(
        connection -> {
          boolean postgres =
              connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
          List<Long> candidates =
              ids(connection, postgres ? JobSql.LOCK_NEXT_DUE : JobSql.DUE_CANDIDATES, now);
          for (long id : candidates) {
            if (claim(connection, id, now, leaseUntil)) {
              return find(connection, id);
            }
          }
          return Optional.empty();
        });
  }

  private static List<Long> ids(Connection connection, String sql, Instant now)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, at(now));
      select.setObject(2, at(now));
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    }
  }

  private static boolean claim(Connection connection, long id, Instant now, Instant leaseUntil)
      throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(JobSql.CLAIM)) {
      claim.setObject(1, at(leaseUntil));
      claim.setObject(2, at(now));
      claim.setLong(3, id);
      claim.setObject(4, at(now));
      claim.setObject(5, at(now));
      return claim.executeUpdate() == 1;
    }
  }

  @Override
  @Transactional
  public boolean progress(Job claimed, int percent, Instant leaseUntil) {
    return change(
            JobSql.PROGRESS, percent, at(leaseUntil), claimed.id().value(), claimed.attempts())
        == 1;
  }

  @Override
  @Transactional
  public void finish(Job claimed, Instant now) {
    change(JobSql.FINISH, at(now), claimed.id().value(), claimed.attempts());
  }

  @Override
  @Transactional
  public void retry(Job claimed, String reason, Instant runAfter, Instant now) {
    change(JobSql.RETRY, reason, at(runAfter), at(now), claimed.id().value(), claimed.attempts());
  }

  @Override
  @Transactional
  public void fail(Job claimed, String reason, Instant now) {
    change(JobSql.FAIL, reason, at(now), claimed.id().value(), claimed.attempts());
  }

  private int change(String sql, Object... parameters) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
              update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
          }
        });
  }

  @Override
  @Transactional
  public Optional<Job> find(JobId job) {
    return jdbc.execute(connection -> find(connection, job.value()));
  }

  @Override
  @Transactional
  public Optional<Job> latest(UserId owner, JobKind kind) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(JobSql.LATEST)) {
            select.setLong(1, owner.value());
            select.setString(2, kind.name());
            return one(select);
          }
        });
  }

  private static Optional<Job> find(Connection connection, long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(JobSql.FIND)) {
      select.setLong(1, id);
      return one(select);
    }
  }

  private static Optional<Job> one(PreparedStatement select) throws SQLException {
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new Job(
              new JobId(row.getLong("id")),
              JobKind.valueOf(row.getString("kind")),
              new UserId(row.getLong("owner_id")),
              JobPayload.decode(row.getString("payload")),
              JobState.valueOf(row.getString("state")),
              row.getInt("attempts"),
              row.getInt("progress"),
              Optional.ofNullable(row.getString("reason")),
              instant(row, "run_after"),
              instant(row, "changed_at")));
    }
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
