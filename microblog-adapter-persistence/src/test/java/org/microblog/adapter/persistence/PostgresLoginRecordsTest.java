package org.microblog.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The login-record contract on PostgreSQL; skipped like {@link PostgresPersistenceTest}. */
@EnabledIfEnvironmentVariable(
    named = PostgresPersistenceTest.URL_VARIABLE,
    matches = ".+",
    disabledReason = PostgresPersistenceTest.URL_VARIABLE + " not set: PostgreSQL tests skipped")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresLoginRecordsTest extends H2LoginRecordsTest implements TestPropertyProvider {
  @Override
  public Map<String, String> getProperties() {
    return PostgresProperties.of();
  }
}
