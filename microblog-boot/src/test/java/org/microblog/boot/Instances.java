package org.microblog.boot;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;

/** Starts real Microblog instances with the shipped configuration against a given database. */
final class Instances {
  static final String SHARED_SECRET = "multi-instance-tests-only-signing-secret-0123456789";

  private Instances() {}

  static EmbeddedServer start(String jdbcUrl) {
    return start(jdbcUrl, Map.of());
  }

  /** With more configuration on top of the shipped one. */
  static EmbeddedServer start(String jdbcUrl, Map<String, Object> more) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("datasources.default.url", jdbcUrl);
    properties.put("datasources.default.username", "");
    properties.put("datasources.default.password", "");
    properties.put("datasources.default.dialect", "POSTGRES");
    properties.put("micronaut.server.port", -1);
    properties.put("microblog.bcrypt-cost", 4);
    properties.put(SigningSecret.PROPERTY, SHARED_SECRET);
    properties.putAll(more);
    ApplicationContext context =
        ApplicationContext.builder().deduceEnvironment(false).properties(properties).start();
    return context.getBean(EmbeddedServer.class).start();
  }
}
