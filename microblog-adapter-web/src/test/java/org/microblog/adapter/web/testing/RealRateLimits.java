package org.microblog.adapter.web.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.microblog.application.port.in.limits.RateLimitUseCase;
import org.microblog.application.service.limits.InProcessRateLimitCounters;
import org.microblog.application.service.limits.RateLimitBudgets;
import org.microblog.application.service.limits.RateLimitService;

/**
 * Web tests run without a database: every use case is a Mockito mock ({@code Mock*UseCases}, one
 * factory per feature of {@code port.in}), except the rate limits, which are real.
 */
@Factory
final class RealRateLimits {
  /**
   * The rate limits are the application's real ones, on in-process counters, so that web tests see
   * 429s; a test class sets small budgets through the same {@code microblog.limits.*} properties.
   */
  @Singleton
  RateLimitUseCase rateLimits(Environment environment) {
    RateLimitBudgets defaults = RateLimitBudgets.DEFAULTS;
    RateLimitBudgets budgets =
        new RateLimitBudgets(
            environment.getProperty(
                "microblog.limits.failed-logins-per-minute",
                Integer.class,
                defaults.failedLoginsPerMinute()),
            environment.getProperty(
                "microblog.limits.registrations-per-hour",
                Integer.class,
                defaults.registrationsPerHour()),
            environment.getProperty(
                "microblog.limits.posts-per-minute", Integer.class, defaults.postsPerMinute()),
            environment.getProperty(
                "microblog.limits.api-requests-per-five-minutes",
                Integer.class,
                defaults.apiRequestsPerFiveMinutes()));
    return new RateLimitService(new InProcessRateLimitCounters(), budgets, Clock.systemUTC());
  }
}
