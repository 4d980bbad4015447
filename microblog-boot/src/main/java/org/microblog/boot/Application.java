package org.microblog.boot;

import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.microblog.boot.durability.BackupCommandLine;

/**
 * Starts Microblog, or with {@code backup FILE} / {@code restore FILE} as arguments runs that
 * operation instead. Everything that can be checked before the server starts is checked first, so a
 * refusal leaves the data folder and the database as they were.
 */
public final class Application {
  static final String REFUSAL_PREFIX = "Microblog will not start: ";

  private Application() {}

  public static void main(String[] args) {
    if (args.length > 0 && BackupCommandLine.handles(args[0])) {
      System.exit(
          BackupCommandLine.run(
              args[0], Arrays.copyOfRange(args, 1, args.length), DataDirectory.fromEnvironment()));
    }
    try {
      start(args);
    } catch (StartupRefusal refusal) {
      refuse(refusal);
    }
  }

  static void refuse(StartupRefusal refusal) {
    System.err.println(REFUSAL_PREFIX + refusal.getMessage());
    System.err.flush();
    System.exit(StartupRefusal.EXIT_STATUS);
  }

  private static void start(String[] args) {
    String environments =
        System.getProperty("micronaut.environments", System.getenv("MICRONAUT_ENVIRONMENTS"));
    Path dataDirectory = DataDirectory.fromEnvironment();
    boolean production = StartupChecks.isProduction(environments);
    String configured = System.getenv(SigningSecret.VARIABLE);
    if (production) {
      StartupChecks.productionSecretProblem(configured)
          .ifPresent(
              problem -> {
                throw new StartupRefusal(problem);
              });
    }
    boolean secretInFolder = !production && (configured == null || configured.isBlank());
    if (DataDirectory.holdsTheDatabase() || secretInFolder) {
      DataDirectoryCheck.requireUsable(dataDirectory);
    }
    Map<String, Object> secret =
        production
            ? Map.of(SigningSecret.PROPERTY, configured)
            : SigningSecret.properties(dataDirectory);
    Micronaut micronaut = new GuardedMicronaut();
    micronaut
        .args(args)
        .mainClass(Application.class)
        .properties(secret)
        .properties(Map.of(DataDirectory.PROPERTY, dataDirectory.toString()))
        .banner(false)
        .start();
  }
}
