package org.microblog.boot;

import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Starts Microblog. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    String environments =
        System.getProperty("micronaut.environments", System.getenv("MICRONAUT_ENVIRONMENTS"));
    Path dataDirectory = DataDirectory.fromEnvironment();
    Map<String, Object> secret;
    if (StartupChecks.isProduction(environments)) {
      String configured = System.getenv(SigningSecret.VARIABLE);
      Optional<String> problem = StartupChecks.productionSecretProblem(configured);
      if (problem.isPresent()) {
        System.err.println("Microblog will not start: " + problem.get());
        System.exit(2);
      }
      secret = Map.of(SigningSecret.PROPERTY, configured);
    } else {
      secret = SigningSecret.properties(dataDirectory);
    }
    Micronaut.build(args)
        .mainClass(Application.class)
        .properties(secret)
        .properties(Map.of(DataDirectory.PROPERTY, dataDirectory.toString()))
        .banner(false)
        .start();
  }
}
