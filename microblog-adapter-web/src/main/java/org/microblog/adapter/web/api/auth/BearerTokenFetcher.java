package org.microblog.adapter.web.api.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Authenticates API requests by their {@code Authorization: Bearer} token: one lookup by the
 * token's hash, on the blocking pool. A malformed, unknown or revoked token leaves the request
 * anonymous, which endpoints that need a scope refuse with 401. Only {@code /api/} requests are
 * read; everywhere else the login cookie rules. The streaming API also takes the token from the
 * {@code access_token} query parameter ({@link ApiPaths#isStreaming}); nothing logs query strings.
 */
@Singleton
final class BearerTokenFetcher implements AuthenticationFetcher<HttpRequest<?>> {
  private static final String PREFIX = "bearer ";
  private static final int MAX_TOKEN = 200;
  private static final String ACCESS_TOKEN = "access_token";
  private final BearerTokenQuery tokens;
  private final ExecutorService blocking;

  BearerTokenFetcher(
      BearerTokenQuery tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.tokens = tokens;
    this.blocking = blocking;
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    if (!ApiPaths.isApi(request)) {
      return Mono.empty();
    }
    Optional<String> token = bearerToken(request);
    if (token.isEmpty()) {
      return Mono.empty();
    }
    return Mono.fromCallable(() -> tokens.authenticate(token.get()))
        .subscribeOn(Schedulers.fromExecutorService(blocking))
        .flatMap(found -> Mono.justOrEmpty(found.map(ApiCaller::authenticationOf)));
  }

  /**
   * The {@code Authorization: Bearer} token; on the streaming API, failing that, the {@code
   * access_token} query parameter (as Mastodon accepts it there).
   */
  static Optional<String> bearerToken(HttpRequest<?> request) {
    Optional<String> header =
        request
            .getHeaders()
            .getFirst(HttpHeaders.AUTHORIZATION)
            .filter(value -> value.length() > PREFIX.length() && value.length() < MAX_TOKEN)
            .filter(value -> value.regionMatches(true, 0, PREFIX, 0, PREFIX.length()))
            .map(value -> value.substring(PREFIX.length()).strip());
    if (header.isPresent() || !ApiPaths.isStreaming(request)) {
      return header;
    }
    return request
        .getParameters()
        .getFirst(ACCESS_TOKEN)
        .map(String::strip)
        .filter(value -> !value.isEmpty() && value.length() < MAX_TOKEN);
  }

  /** Before the cookie's token fetcher, though that one never answers for {@code /api/}. */
  @Override
  public int getOrder() {
    return TokenAuthenticationFetcher.ORDER - 1;
  }
}
