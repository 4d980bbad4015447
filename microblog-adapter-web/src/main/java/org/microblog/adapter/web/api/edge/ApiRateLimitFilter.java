package org.microblog.adapter.web.api.edge;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.entity.ApiTime;
import org.microblog.adapter.web.filter.FilterOrder;
import org.microblog.adapter.web.limits.RateLimits;
import org.microblog.application.port.in.limits.ApiAllowance;
import org.microblog.domain.account.TokenHash;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Mastodon's rate limit of the client API: each request spends its access token's budget (its
 * client address's without one; the application holds the budget), every answer says where the
 * caller stands in {@code X-RateLimit-*} headers, and past the budget it is 429 with {@code
 * {"error":"Too many requests"}}. Requests Micronaut Security refuses before this filter (a route
 * that needs a token, called without a live one) are neither counted nor labelled. The counters may
 * be the database's, so counting runs on the blocking pool.
 */
@ServerFilter("/api/**")
final class ApiRateLimitFilter implements Ordered {
  static final String LIMIT = "X-RateLimit-Limit";
  static final String REMAINING = "X-RateLimit-Remaining";
  static final String RESET = "X-RateLimit-Reset";
  private static final String ALLOWANCE = "microblog.api.allowance";

  private final RateLimits limits;
  private final ExecutorService blocking;

  ApiRateLimitFilter(RateLimits limits, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.limits = limits;
    this.blocking = blocking;
  }

  @RequestFilter
  Publisher<Optional<MutableHttpResponse<?>>> spend(HttpRequest<?> request) {
    Optional<TokenHash> token =
        request.getUserPrincipal(Authentication.class).flatMap(ApiCaller::tokenHash);
    return Mono.fromCallable(() -> answer(request, limits.apiRequest(request, token)))
        .subscribeOn(Schedulers.fromExecutorService(blocking));
  }

  private static Optional<MutableHttpResponse<?>> answer(
      HttpRequest<?> request, ApiAllowance allowance) {
    request.setAttribute(ALLOWANCE, allowance);
    if (allowance.allowed()) {
      return Optional.empty();
    }
    return Optional.of(
        label(
            HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .body(new ApiError("Too many requests")),
            allowance));
  }

  @ResponseFilter
  void tell(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request.getAttribute(ALLOWANCE, ApiAllowance.class).ifPresent(a -> label(response, a));
  }

  private static MutableHttpResponse<?> label(
      MutableHttpResponse<?> response, ApiAllowance allowance) {
    return response
        .header(LIMIT, Integer.toString(allowance.limit()))
        .header(REMAINING, Integer.toString(allowance.remaining()))
        .header(RESET, ApiTime.of(allowance.reset()));
  }

  @Override
  public int getOrder() {
    return FilterOrder.API_RATE_LIMIT;
  }
}
