package org.microblog.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The secret that signs login tokens. An operator sets {@code MICROBLOG_TOKEN_SECRET}; without it a
 * random 256-bit secret is made once and kept in the data folder, so logins survive a restart and
 * no two installations share a secret (a secret in the source would let anyone forge logins).
 */
final class SigningSecret {
  static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
  static final String VARIABLE = "MICROBLOG_TOKEN_SECRET";
  private static final String FILE = "token-secret";

  private SigningSecret() {}

  /** The secret as a Micronaut property, from the environment or the data folder. */
  static Map<String, Object> properties(Path dataDirectory) {
    String configured = System.getenv(VARIABLE);
    String secret =
        configured != null && !configured.isBlank() ? configured : loadOrCreate(dataDirectory);
    return Map.of(PROPERTY, secret);
  }

  static String loadOrCreate(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE);
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      Files.createDirectories(dataDirectory);
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Files.writeString(file, secret, StandardCharsets.US_ASCII);
      restrictToOwner(file);
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the signing secret in " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's own permissions apply.
    }
  }
}
