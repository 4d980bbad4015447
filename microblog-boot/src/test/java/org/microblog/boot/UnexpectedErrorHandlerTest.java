package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class UnexpectedErrorHandlerTest {

  @Test
  void connectionFailuresAnywhereInTheChainMeanTheDatabaseIsUnreachable() {
    assertThat(
            UnexpectedErrorHandler.isDatabaseUnreachable(
                new RuntimeException(new SQLTransientConnectionException("pool timeout"))))
        .isTrue();
    assertThat(
            UnexpectedErrorHandler.isDatabaseUnreachable(
                new RuntimeException(new SQLException("io", "08006"))))
        .isTrue();
    assertThat(
            UnexpectedErrorHandler.isDatabaseUnreachable(
                new IllegalStateException(new ConnectException("refused"))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(UnexpectedErrorHandler.isDatabaseUnreachable(new IllegalStateException("bug")))
        .isFalse();
    assertThat(
            UnexpectedErrorHandler.isDatabaseUnreachable(
                new RuntimeException(new SQLException("syntax", "42601"))))
        .isFalse();
  }
}
