package org.microblog.adapter.web.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Enforces {@link RequiredScope}: before {@code @Secured} is consulted, a route that names a scope
 * is refused unless the request's bearer token covers it (and acts for a person where the route
 * needs one). Routes without the annotation are left to {@code @Secured}.
 */
@Singleton
final class ScopeRule implements SecurityRule<HttpRequest<?>> {
  static final int ORDER = SecuredAnnotationRule.ORDER - 100;

  @Override
  public Publisher<SecurityRuleResult> check(
      HttpRequest<?> request, @Nullable Authentication authentication) {
    Optional<Required> required = requiredScope(request);
    if (required.isEmpty()) {
      return Mono.just(SecurityRuleResult.UNKNOWN);
    }
    Optional<ApiCaller> caller = ApiCaller.of(authentication);
    boolean allowed =
        caller.isPresent()
            && caller.get().scopes().covers(required.get().scope())
            && (!required.get().user() || caller.get().user().isPresent());
    return Mono.just(allowed ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
  }

  private record Required(String scope, boolean user) {}

  private static Optional<Required> requiredScope(HttpRequest<?> request) {
    return RouteAttributes.getRouteMatch(request)
        .filter(MethodBasedRouteMatch.class::isInstance)
        .map(route -> (MethodBasedRouteMatch<?, ?>) route)
        .flatMap(
            route ->
                route
                    .stringValue(RequiredScope.class)
                    .map(
                        scope ->
                            new Required(
                                scope,
                                route.booleanValue(RequiredScope.class, "user").orElse(true))));
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
