package org.microblog.boot.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Objects;
import org.microblog.application.service.limits.RateLimitBudgets;

/**
 * {@code microblog.limits.*} (environment {@code MICROBLOG_LIMITS_*}): the rate-limit budgets. An
 * unset budget takes the application's default ({@link RateLimitBudgets#DEFAULTS}).
 */
@ConfigurationProperties("microblog.limits")
public record LimitsConfiguration(
    @Nullable Integer failedLoginsPerMinute,
    @Nullable Integer registrationsPerHour,
    @Nullable Integer postsPerMinute,
    @Nullable Integer apiRequestsPerFiveMinutes) {

  public RateLimitBudgets budgets() {
    RateLimitBudgets defaults = RateLimitBudgets.DEFAULTS;
    return new RateLimitBudgets(
        Objects.requireNonNullElse(failedLoginsPerMinute, defaults.failedLoginsPerMinute()),
        Objects.requireNonNullElse(registrationsPerHour, defaults.registrationsPerHour()),
        Objects.requireNonNullElse(postsPerMinute, defaults.postsPerMinute()),
        Objects.requireNonNullElse(
            apiRequestsPerFiveMinutes, defaults.apiRequestsPerFiveMinutes()));
  }
}
