package org.microblog.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The secret that signs login tokens. An operator sets {@code MICROBLOG_TOKEN_SECRET}; without it a
 * random 256-bit secret is made once and kept in the data folder, so logins survive a restart and
 * no two installations share a secret (a secret in the source would let anyone forge logins).
 */
final class SigningSecret {
  static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
  static final String VARIABLE = "MICROBLOG_TOKEN_SECRET";
  static final String FILE = "token-secret";
  private static final Pattern GENERATED = Pattern.compile("[A-Za-z0-9_-]{43,}");

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
        return requireIntact(file, Files.readString(file, StandardCharsets.ISO_8859_1).strip());
      }
      Files.createDirectories(dataDirectory);
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Files.writeString(file, secret, StandardCharsets.US_ASCII);
      restrictToOwner(file);
      return secret;
    } catch (IOException e) {
      throw new StartupRefusal(
          "the signing secret file "
              + file
              + " cannot be read or created ("
              + DataDirectoryCheck.reason(e)
              + ").");
    }
  }

  /**
   * A generated secret is 43 Base64url characters (256 bits). Anything else in the file is damage
   * (a truncated copy, an editor's stray save): signing with it would silently weaken or change
   * every login, so the operator decides instead.
   */
  private static String requireIntact(Path file, String content) {
    if (!GENERATED.matcher(content).matches()) {
      throw new StartupRefusal(
          "the signing secret file "
              + file
              + " is damaged (expected at least 43 Base64url characters); restore it from a"
              + " backup, or delete it to generate a new one, which logs everyone out.");
    }
    return content;
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's own permissions apply.
    }
  }
}
