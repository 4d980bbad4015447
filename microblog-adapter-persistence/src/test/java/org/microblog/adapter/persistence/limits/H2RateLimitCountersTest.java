package org.microblog.adapter.persistence.limits;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.microblog.application.port.out.contract.RateLimitCounterPortContract;
import org.microblog.application.port.out.limits.RateLimitCounterPort;

/** The database counters on H2 (the app itself counts in memory there, but the SQL is shared). */
@MicronautTest(transactional = false)
class H2RateLimitCountersTest extends RateLimitCounterPortContract {
  @Inject JdbcOperations jdbc;

  @Override
  protected RateLimitCounterPort counters() {
    jdbc.execute(
        connection -> connection.createStatement().executeUpdate("DELETE FROM rate_limit_windows"));
    return new RateLimitCounterPersistenceAdapter(jdbc);
  }
}
