package org.microblog.adapter.web.api.auth;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.DefaultTokenResolver;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Micronaut Security's token resolver, except that it finds no token on {@code /api/}: a browser's
 * login cookie never authorises the client API (a page's script could otherwise call it with the
 * person's cookie), only a bearer token does ({@link BearerTokenFetcher}).
 */
@Singleton
@Replaces(DefaultTokenResolver.class)
final class CookieFreeApiTokenResolver extends DefaultTokenResolver {

  CookieFreeApiTokenResolver(List<TokenReader<HttpRequest<?>>> readers) {
    super(readers);
  }

  @Override
  public Optional<String> resolveToken(HttpRequest<?> request) {
    return ApiPaths.isApi(request) ? Optional.empty() : super.resolveToken(request);
  }

  @Override
  public List<String> resolveTokens(HttpRequest<?> request) {
    return ApiPaths.isApi(request) ? List.of() : super.resolveTokens(request);
  }
}
