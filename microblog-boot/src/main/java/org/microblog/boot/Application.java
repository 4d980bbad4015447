package org.microblog.boot;

import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.Map;

/** Starts Microblog. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Path dataDirectory = DataDirectory.fromEnvironment();
    Micronaut.build(args)
        .mainClass(Application.class)
        .properties(SigningSecret.properties(dataDirectory))
        .properties(Map.of(DataDirectory.PROPERTY, dataDirectory.toString()))
        .banner(false)
        .start();
  }
}
