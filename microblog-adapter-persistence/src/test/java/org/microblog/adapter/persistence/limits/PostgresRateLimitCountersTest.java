package org.microblog.adapter.persistence.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.microblog.adapter.persistence.PostgresProperties;
import org.microblog.application.port.out.contract.RateLimitCounterPortContract;
import org.microblog.application.port.out.limits.RateLimitCounterPort;

/**
 * The database counters on PostgreSQL, where the app uses them: every instance spends one budget.
 */
@EnabledIfEnvironmentVariable(
    named = "MICROBLOG_TEST_POSTGRES_URL",
    matches = ".+",
    disabledReason = "MICROBLOG_TEST_POSTGRES_URL not set: PostgreSQL tests skipped")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRateLimitCountersTest extends RateLimitCounterPortContract
    implements TestPropertyProvider {
  @Inject JdbcOperations jdbc;
  @Inject RateLimitCounterPort chosen;

  @Override
  public Map<String, String> getProperties() {
    return PostgresProperties.of();
  }

  @Override
  protected RateLimitCounterPort counters() {
    jdbc.execute(
        connection -> connection.createStatement().executeUpdate("DELETE FROM rate_limit_windows"));
    return new RateLimitCounterPersistenceAdapter(jdbc);
  }

  @Test
  void postgresqlCountsInTheDatabase() {
    assertThat(chosen).isInstanceOf(RateLimitCounterPersistenceAdapter.class);
  }
}
