package org.microblog.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {
  private static final List<String> CONSTRAINTS =
      List.of("uq_users_username_key", "uq_users_email_key");

  @Test
  void findsTheConstraintNamedByAWrappedUniqueViolationIgnoringCase() {
    SQLException h2 =
        new SQLException(
            "Unique index or primary key violation: \"PUBLIC.UQ_USERS_EMAIL_KEY_INDEX_4 ON"
                + " PUBLIC.USERS(EMAIL_KEY NULLS FIRST) VALUES ( /* 1 */ 'bob@example.org' )\"",
            "23505");

    assertThat(UniqueViolation.constraintOf(new RuntimeException("wrapped", h2), CONSTRAINTS))
        .contains("uq_users_email_key");
  }

  @Test
  void prefersTheConstraintMentionedFirstOverAnEchoedValue() {
    SQLException postgres =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"uq_users_username_key\"\n"
                + "  Detail: Key (username_key)=(uq_users_email_key) already exists.",
            "23505");

    assertThat(UniqueViolation.constraintOf(postgres, CONSTRAINTS))
        .contains("uq_users_username_key");
  }

  @Test
  void ignoresOtherFailuresThatMentionAConstraint() {
    SQLException foreignKey =
        new SQLException("violates foreign key constraint uq_users_email_key", "23503");

    assertThat(UniqueViolation.constraintOf(foreignKey, CONSTRAINTS)).isEmpty();
    assertThat(UniqueViolation.isUniqueViolation(foreignKey)).isFalse();
  }

  @Test
  void ignoresUniqueViolationsOfOtherConstraints() {
    SQLException other = new SQLException("duplicate key \"pk_follows\"", "23505");

    assertThat(UniqueViolation.constraintOf(other, CONSTRAINTS)).isEmpty();
    assertThat(UniqueViolation.isUniqueViolation(new RuntimeException(other))).isTrue();
  }

  @Test
  void survivesACyclicCauseChain() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    assertThat(UniqueViolation.constraintOf(first, CONSTRAINTS)).isEmpty();
    assertThat(UniqueViolation.isUniqueViolation(first)).isFalse();
  }
}
