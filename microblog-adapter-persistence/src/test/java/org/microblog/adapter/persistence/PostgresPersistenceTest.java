package org.microblog.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The port contracts on a real PostgreSQL, in one context, named by {@value #URL_VARIABLE} (a JDBC
 * URL such as {@code jdbc:postgresql://127.0.0.1:5432/microblog_test?user=postgres}). Skipped where
 * it is not set, so the build passes on a machine without PostgreSQL. The test configuration lets
 * Flyway clean the schema first, so point it only at a database kept for tests.
 */
@EnabledIfEnvironmentVariable(
    named = PostgresPersistenceTest.URL_VARIABLE,
    matches = ".+",
    disabledReason = PostgresPersistenceTest.URL_VARIABLE + " not set: PostgreSQL tests skipped")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresPersistenceTest extends DatabasePortContracts implements TestPropertyProvider {
  static final String URL_VARIABLE = PostgresProperties.URL_VARIABLE;

  @Override
  public Map<String, String> getProperties() {
    return PostgresProperties.of();
  }
}
