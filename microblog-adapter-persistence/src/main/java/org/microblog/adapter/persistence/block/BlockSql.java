package org.microblog.adapter.persistence.block;

/**
 * The one filter that every list a logged-in person reads applies to the people in it: leave out
 * whoever is across a block from the viewer (either way) or muted by them. Three {@code NOT EXISTS}
 * probes of the primary keys {@code pk_blocks (blocker_id, blocked_id)} (asked both ways) and
 * {@code pk_mutes (muter_id, muted_id)}, with both columns bound: index lookups per row read, no
 * extra statement. Anonymous lists do not use it (their statements stay as they were).
 */
public final class BlockSql {
  private BlockSql() {}

  /**
   * {@code " AND NOT EXISTS (...) AND NOT EXISTS (...) AND NOT EXISTS (...)"} for the person in
   * {@code column} (for example {@code p.author_id}). Parameters: viewer, viewer, viewer.
   */
  public static String visibleTo(String column) {
    return " AND NOT EXISTS (SELECT 1 FROM blocks bv WHERE bv.blocker_id = ? AND bv.blocked_id = "
        + column
        + ") AND NOT EXISTS (SELECT 1 FROM blocks bp WHERE bp.blocker_id = "
        + column
        + " AND bp.blocked_id = ?)"
        + " AND NOT EXISTS (SELECT 1 FROM mutes mv WHERE mv.muter_id = ? AND mv.muted_id = "
        + column
        + ")";
  }

  /** How many viewer parameters {@link #visibleTo} binds. */
  public static final int PARAMETERS = 3;
}
