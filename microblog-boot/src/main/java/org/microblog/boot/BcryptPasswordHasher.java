package org.microblog.boot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.PasswordHash;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Passwords as bcrypt hashes (Spring Security's maintained implementation). Bcrypt reads only 72
 * bytes, fewer than a 128-character password may have, so the password is first reduced to its
 * SHA-256 digest (44 Base64 characters): every character counts. Stored as {@code
 * bcrypt-sha256$<bcrypt hash>}.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  private static final String PREFIX = "bcrypt-sha256$";
  private final int cost;

  /**
   * @param cost bcrypt's log2 work factor, 4 to 31
   */
  public BcryptPasswordHasher(int cost) {
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be 4 to 31: " + cost);
    }
    this.cost = cost;
  }

  @Override
  public PasswordHash hash(Password password) {
    return new PasswordHash(PREFIX + BCrypt.hashpw(digest(password.value()), BCrypt.gensalt(cost)));
  }

  @Override
  public boolean matches(String candidate, PasswordHash hash) {
    if (!hash.value().startsWith(PREFIX)) {
      return false;
    }
    try {
      return BCrypt.checkpw(digest(candidate), hash.value().substring(PREFIX.length()));
    } catch (IllegalArgumentException malformedHash) {
      return false;
    }
  }

  /**
   * A hash of another scheme or of a lower cost than today's (bcrypt writes it as {@code $2a$NN$}).
   */
  @Override
  public boolean needsRehash(PasswordHash hash) {
    if (!hash.value().startsWith(PREFIX)) {
      return true;
    }
    String[] parts = hash.value().substring(PREFIX.length()).split("\\$");
    try {
      return parts.length < 3 || Integer.parseInt(parts[2]) < cost;
    } catch (NumberFormatException malformed) {
      return true;
    }
  }

  private static String digest(String password) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(sha);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
