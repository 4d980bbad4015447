package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.limits.RateLimitUseCase;

/** The use cases of {@code port.in.limits} (the rate limits) as beans. */
@Factory
final class LimitsUseCaseBeans {

  @Singleton
  RateLimitUseCase rateLimits(Microblog microblog) {
    return microblog.rateLimits();
  }
}
