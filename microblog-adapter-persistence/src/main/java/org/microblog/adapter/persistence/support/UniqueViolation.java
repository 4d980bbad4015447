package org.microblog.adapter.persistence.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises which named unique constraint a failed write broke, on PostgreSQL and H2 alike.
 *
 * <p>Both databases report a unique violation with SQLSTATE {@code 23505} and name the constraint
 * (H2: its index, {@code uq_users_email_key_index_4}) in the message, before echoing the clashing
 * values. Values are user input and may themselves spell a constraint name, so the name mentioned
 * first wins.
 */
public final class UniqueViolation {
  private static final String UNIQUE_VIOLATION_STATE = "23505";

  private UniqueViolation() {}

  /** True when the failure, or one of its causes, is a unique or primary-key violation. */
  public static boolean isUniqueViolation(Throwable failure) {
    return sqlCauses(failure).stream()
        .anyMatch(sql -> UNIQUE_VIOLATION_STATE.equals(sql.getSQLState()));
  }

  /**
   * @param failure what the write threw, typically a wrapped {@link SQLException}
   * @param constraints the candidate constraint names
   * @return the candidate the unique violation names, or empty when the failure is not a unique
   *     violation of any of them
   */
  public static Optional<String> constraintOf(Throwable failure, List<String> constraints) {
    return sqlCauses(failure).stream()
        .filter(sql -> UNIQUE_VIOLATION_STATE.equals(sql.getSQLState()))
        .map(sql -> firstMentioned(String.valueOf(sql.getMessage()), constraints))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static List<SQLException> sqlCauses(Throwable failure) {
    List<SQLException> found = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException sql) {
        found.add(sql);
      }
    }
    return found;
  }

  private static Optional<String> firstMentioned(String message, List<String> constraints) {
    String text = message.toLowerCase(Locale.ROOT);
    String first = null;
    int firstAt = Integer.MAX_VALUE;
    for (String constraint : constraints) {
      int at = text.indexOf(constraint.toLowerCase(Locale.ROOT));
      if (at >= 0 && at < firstAt) {
        first = constraint;
        firstAt = at;
      }
    }
    return Optional.ofNullable(first);
  }
}
