package org.microblog.adapter.persistence;

import java.util.Map;

/**
 * The one way a persistence test points its Micronaut context at PostgreSQL: the database named by
 * {@value #URL_VARIABLE}, with its driver and dialect.
 */
public final class PostgresProperties {
  public static final String URL_VARIABLE = "MICROBLOG_TEST_POSTGRES_URL";

  private PostgresProperties() {}

  public static Map<String, String> of() {
    return Map.of(
        "datasources.default.url", System.getenv(URL_VARIABLE),
        "datasources.default.driver-class-name", "org.postgresql.Driver",
        "datasources.default.dialect", "POSTGRES");
  }
}
