package org.microblog.adapter.persistence.job;

/** The statements of {@link JobPersistenceAdapter}, one place to read them together. */
final class JobSql {
  private JobSql() {}

  static final String COLUMNS =
      "id, kind, owner_id, payload, state, attempts, progress, reason, run_after, changed_at";

  static final String INSERT =
      """
      INSERT INTO jobs (kind, owner_id, payload, state, run_after, changed_at, exclusive_key)
      VALUES (?, ?, ?, 'QUEUED', ?, ?, ?) ON CONFLICT DO NOTHING
      """;

  private static final String DUE =
      "((state = 'QUEUED' AND run_after <= ?) OR (state = 'RUNNING' AND lease_until < ?))";

  /** PostgreSQL: the oldest due row that no other claimer holds locked right now. */
  static final String LOCK_NEXT_DUE =
      "SELECT id FROM jobs WHERE " + DUE + " ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED";

  /** Elsewhere: a few due candidates, each then claimed only if still due ({@link #CLAIM}). */
  static final String DUE_CANDIDATES =
      "SELECT id FROM jobs WHERE " + DUE + " ORDER BY run_after, id LIMIT 8";

  static final String CLAIM =
      "UPDATE jobs SET state = 'RUNNING', attempts = attempts + 1, lease_until = ?, changed_at = ?"
          + " WHERE id = ? AND "
          + DUE;

  static final String PROGRESS =
      "UPDATE jobs SET progress = ?, lease_until = ? WHERE id = ? AND attempts = ? AND state = 'RUNNING'";

  static final String FINISH =
      "UPDATE jobs SET state = 'DONE', progress = 100, changed_at = ?, exclusive_key = NULL"
          + " WHERE id = ? AND attempts = ? AND state = 'RUNNING'";

  static final String RETRY =
      "UPDATE jobs SET state = 'QUEUED', reason = ?, run_after = ?, changed_at = ?"
          + " WHERE id = ? AND attempts = ? AND state = 'RUNNING'";

  static final String FAIL =
      "UPDATE jobs SET state = 'FAILED', reason = ?, changed_at = ?, exclusive_key = NULL"
          + " WHERE id = ? AND attempts = ? AND state = 'RUNNING'";

  static final String FIND = "SELECT " + COLUMNS + " FROM jobs WHERE id = ?";

  static final String LATEST =
      "SELECT " + COLUMNS + " FROM jobs WHERE owner_id = ? AND kind = ? ORDER BY id DESC LIMIT 1";
}
