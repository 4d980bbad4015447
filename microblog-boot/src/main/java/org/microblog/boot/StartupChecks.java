package org.microblog.boot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What must be true before a production instance starts. Each problem is one sentence that tells
 * the operator what to do; {@link Application} prints it and exits instead of starting.
 */
final class StartupChecks {
  static final String PRODUCTION = "prod";
  private static final int MIN_SECRET_BYTES = 32;

  /** Example values from our own docs and compose file, which must never sign real logins. */
  private static final Set<String> KNOWN_EXAMPLES =
      Set.of("change-me", "changeme", "secret", "development", "microblog");

  private StartupChecks() {}

  /** True when MICRONAUT_ENVIRONMENTS (or -Dmicronaut.environments) names the prod environment. */
  static boolean isProduction(String environments) {
    return environments != null
        && Arrays.stream(environments.split(","))
            .map(e -> e.strip().toLowerCase(Locale.ROOT))
            .anyMatch(PRODUCTION::equals);
  }

  /** The reason a production instance must not start with this signing secret, if any. */
  static Optional<String> productionSecretProblem(String secret) {
    if (secret == null || secret.isBlank()) {
      return Optional.of(
          "MICROBLOG_TOKEN_SECRET is not set; production needs its own secret of at least 256"
              + " bits, e.g. from `openssl rand -base64 48`.");
    }
    if (KNOWN_EXAMPLES.stream()
        .anyMatch(example -> secret.toLowerCase(Locale.ROOT).contains(example))) {
      return Optional.of(
          "MICROBLOG_TOKEN_SECRET is an example or development value; set a random secret of at"
              + " least 256 bits, e.g. from `openssl rand -base64 48`.");
    }
    if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      return Optional.of(
          "MICROBLOG_TOKEN_SECRET is shorter than 256 bits (32 bytes); set a longer random"
              + " secret, e.g. from `openssl rand -base64 48`.");
    }
    return Optional.empty();
  }
}
