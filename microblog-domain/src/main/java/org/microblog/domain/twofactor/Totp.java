package org.microblog.domain.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1 of the number of 30-second
 * steps since the epoch, dynamically truncated to 6 digits. One step either side of now is accepted
 * for clock drift; a step at or before the last one used is refused, so a code works once.
 */
public final class Totp {
  public static final int STEP_SECONDS = 30;
  public static final int DIGITS = 6;

  /** Steps accepted either side of now. */
  public static final int DRIFT_STEPS = 1;

  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Totp() {}

  /** The step that holds {@code time}. */
  public static long stepAt(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of a step with the given number of digits (RFC 4226 section 5.3). */
  public static String code(TotpSecret secret, long step, int digits) {
    byte[] hash = hmacSha1(secret.key(), ByteBuffer.allocate(8).putLong(step).array());
    int offset = hash[hash.length - 1] & 0xf;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    String code = Integer.toString(binary % POWERS[digits]);
    return "0".repeat(digits - code.length()) + code;
  }

  /**
   * The step whose code this is, among now and {@link #DRIFT_STEPS} either side, later than {@code
   * lastUsedStep}; empty when none matches. Compares every candidate in constant time.
   */
  public static OptionalLong matchingStep(
      TotpSecret secret, TotpCode code, Instant now, long lastUsedStep) {
    long current = stepAt(now);
    OptionalLong match = OptionalLong.empty();
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      boolean equal =
          MessageDigest.isEqual(
              code(secret, step, DIGITS).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
              code.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      if (equal && step > lastUsedStep && match.isEmpty()) {
        match = OptionalLong.of(step);
      }
    }
    return match;
  }

  private static byte[] hmacSha1(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
    }
  }
}
