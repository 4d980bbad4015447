package org.microblog.application;

import java.time.Duration;
import java.util.Objects;
import org.microblog.application.service.limits.RateLimitBudgets;

/**
 * The operator's choices that change what the use cases allow.
 *
 * @param requireVerifiedEmail nobody may post before verifying their email address
 * @param loginCheckCache how long an instance trusts a login it found valid; other instances hear
 *     of an ended login at once on the event bus, and within this time should they miss the event
 *     ({@link Duration#ZERO} checks every request)
 * @param budgets how many failed logins, registrations and posts the rate limits allow
 */
public record MicroblogSettings(
    boolean requireVerifiedEmail, Duration loginCheckCache, RateLimitBudgets budgets) {

  /** Every setting's default, written once: what a new installation gets. */
  public static final MicroblogSettings DEFAULTS =
      new MicroblogSettings(false, Duration.ofSeconds(1), RateLimitBudgets.DEFAULTS);

  public MicroblogSettings {
    Objects.requireNonNull(loginCheckCache, "loginCheckCache");
    Objects.requireNonNull(budgets, "budgets");
    if (loginCheckCache.isNegative()) {
      throw new IllegalArgumentException("loginCheckCache must not be negative");
    }
  }
}
