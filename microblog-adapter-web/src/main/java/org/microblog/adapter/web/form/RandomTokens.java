package org.microblog.adapter.web.form;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable URL-safe tokens for forms and cookies, from one {@code DRBG} {@link SecureRandom} per
 * thread. One shared instance made every request that needed a token queue on its lock: on two
 * cores under load a thread preempted while holding it kept the others waiting for 10 ms and more
 * (JFR, home page).
 */
public final class RandomTokens {
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(RandomTokens::newGenerator);

  private RandomTokens() {}

  /** {@code bytes} random bytes in unpadded base64url. */
  public static String urlSafe(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.get().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private static SecureRandom newGenerator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException notOnThisJvm) {
      return new SecureRandom();
    }
  }
}
