package org.microblog.domain.twofactor;

import java.util.Arrays;
import org.microblog.domain.shared.DomainException;

/**
 * The key an authenticator app shares with Microblog: 160 random bits (RFC 4226 recommends 160),
 * written as 32 base32 characters. Never prints itself.
 */
public final class TotpSecret {
  public static final int BYTES = 20;

  /** The longest text accepted as a secret, spaces included. */
  public static final int MAX_TEXT_LENGTH = 64;

  private final byte[] key;

  private TotpSecret(byte[] key) {
    this.key = key.clone();
  }

  /** A secret from {@value #BYTES} or more random bytes (only the first {@value #BYTES} count). */
  public static TotpSecret of(byte[] random) {
    if (random.length < BYTES) {
      throw new IllegalArgumentException("a secret needs " + BYTES + " random bytes");
    }
    return new TotpSecret(Arrays.copyOf(random, BYTES));
  }

  /** A secret as base32 text, such as a form sends back or the database keeps. */
  public static TotpSecret parse(String base32) {
    if (base32 == null || base32.length() > MAX_TEXT_LENGTH) {
      throw invalid();
    }
    byte[] key = Base32.decode(base32).orElseThrow(TotpSecret::invalid);
    if (key.length != BYTES) {
      throw invalid();
    }
    return new TotpSecret(key);
  }

  public String base32() {
    return Base32.encode(key);
  }

  byte[] key() {
    return key.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TotpSecret that && Arrays.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "TotpSecret[hidden]";
  }

  private static DomainException invalid() {
    return DomainException.invalid(
        "secret.invalid", "The setup expired or was changed. Please start again.");
  }
}
