package org.microblog.adapter.persistence.limits;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.microblog.application.port.out.limits.RateLimitCounterPort;
import org.microblog.application.service.limits.InProcessRateLimitCounters;

/**
 * Chooses where rate limits count: on PostgreSQL, where several instances may share the database,
 * in the database, so that they spend one budget between them; on the embedded H2, which only one
 * instance can use, in memory.
 */
@Factory
final class RateLimitCounters {
  @Singleton
  RateLimitCounterPort rateLimitCounters(
      @Value("${datasources.default.url}") String url, JdbcOperations jdbc) {
    return url.startsWith("jdbc:postgresql:")
        ? new RateLimitCounterPersistenceAdapter(jdbc)
        : new InProcessRateLimitCounters();
  }
}
