package org.microblog.application.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.PasswordHash;

/**
 * A real, salted PBKDF2-HMAC-SHA256 hasher from the JDK alone, so that embedding programs need no
 * library. The server uses bcrypt instead; this one suits tests and small embedded uses. Encoded as
 * {@code pbkdf2-sha256$iterations$salt$hash}.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private final SecureRandom random = new SecureRandom();
  private final int iterations;

  /**
   * @param iterations work factor; OWASP advises 600,000 for production use
   */
  public Pbkdf2PasswordHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.iterations = iterations;
  }

  @Override
  public PasswordHash hash(Password password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(password.value(), salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return new PasswordHash(
        PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key));
  }

  @Override
  public boolean matches(String candidate, PasswordHash hash) {
    String[] parts = hash.value().split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(candidate, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    String[] parts = hash.value().split("\\$");
    try {
      return parts.length != 4
          || !parts[0].equals(PREFIX)
          || Integer.parseInt(parts[1]) < iterations;
    } catch (NumberFormatException malformed) {
      return true;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    char[] chars = password.toCharArray();
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(chars, salt, iterations, KEY_BITS))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    }
  }
}
