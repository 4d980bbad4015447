package org.microblog.application;

import java.time.Duration;
import java.util.Objects;

/**
 * The operator's choices that change what the use cases allow.
 *
 * @param requireVerifiedEmail nobody may post before verifying their email address
 * @param loginCheckCache how long an instance trusts a login it found valid; other instances notice
 *     an ended login within this time ({@link Duration#ZERO} checks every request)
 */
public record MicroblogSettings(boolean requireVerifiedEmail, Duration loginCheckCache) {

  /** Every setting's default, written once: what a new installation gets. */
  public static final MicroblogSettings DEFAULTS =
      new MicroblogSettings(false, Duration.ofSeconds(1));

  public MicroblogSettings {
    Objects.requireNonNull(loginCheckCache, "loginCheckCache");
    if (loginCheckCache.isNegative()) {
      throw new IllegalArgumentException("loginCheckCache must not be negative");
    }
  }

  public MicroblogSettings withRequireVerifiedEmail(boolean required) {
    return new MicroblogSettings(required, loginCheckCache);
  }
}
