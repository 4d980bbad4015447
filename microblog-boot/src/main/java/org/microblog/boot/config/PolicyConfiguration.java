package org.microblog.boot.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Objects;
import org.microblog.application.MicroblogSettings;

/**
 * The operator's policy choices under {@code microblog.*}: whether posting needs a verified address
 * ({@code MICROBLOG_REQUIRE_VERIFIED_EMAIL}), how long an instance trusts a login it found valid
 * ({@code MICROBLOG_LOGIN_CHECK_CACHE}) and bcrypt's work factor ({@code MICROBLOG_BCRYPT_COST}).
 * Unset values take the defaults written once, in the application and here.
 */
@ConfigurationProperties("microblog")
public record PolicyConfiguration(
    @Nullable Boolean requireVerifiedEmail,
    @Nullable Duration loginCheckCache,
    @Nullable Integer bcryptCost) {

  /** bcrypt's cost when unset: 50-250 ms per hash on the target machine (BENCHMARKS.md). */
  public static final int DEFAULT_BCRYPT_COST = 10;

  public MicroblogSettings settings(LimitsConfiguration limits) {
    MicroblogSettings defaults = MicroblogSettings.DEFAULTS;
    return new MicroblogSettings(
        Objects.requireNonNullElse(requireVerifiedEmail, defaults.requireVerifiedEmail()),
        Objects.requireNonNullElse(loginCheckCache, defaults.loginCheckCache()),
        limits.budgets());
  }

  public int bcryptCostOrDefault() {
    return Objects.requireNonNullElse(bcryptCost, DEFAULT_BCRYPT_COST);
  }
}
