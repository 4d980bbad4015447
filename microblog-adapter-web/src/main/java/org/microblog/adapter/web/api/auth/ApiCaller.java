package org.microblog.adapter.web.api.auth;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.user.UserId;

/**
 * Who an API request acts for, from its bearer token: the person (none for a client-credentials
 * token), the app, and the scopes. Only {@link BearerTokenFetcher} makes these authentications, so
 * a browser's login cookie can never pass for one.
 */
public record ApiCaller(Optional<UserId> user, ClientId clientId, Scopes scopes) {
  static final String MARKER = "microblog.api-token";
  private static final String CLIENT = "client_id";
  private static final String SCOPES = "scope";
  private static final String TOKEN = "token_hash";
  private static final String APP_ONLY_PREFIX = "app:";
  private static final Collection<String> ROLES = List.of("api");

  /** The authentication a live token stands for. */
  static Authentication authenticationOf(AccessToken token) {
    String name =
        token
            .user()
            .map(user -> Long.toString(user.value()))
            .orElse(APP_ONLY_PREFIX + token.clientId().value());
    return Authentication.build(
        name,
        ROLES,
        Map.of(
            MARKER,
            true,
            CLIENT,
            token.clientId().value(),
            SCOPES,
            token.scopes().text(),
            TOKEN,
            token.hash().value()));
  }

  /** Whether the authentication came from a bearer token (and not from a login cookie). */
  public static boolean isApiToken(Authentication authentication) {
    return authentication != null
        && Boolean.TRUE.equals(authentication.getAttributes().get(MARKER));
  }

  /**
   * The person a request acts for, on routes whose {@link RequiredScope} needs one (the scope rule
   * has then made sure there is one).
   */
  public static UserId person(Authentication authentication) {
    return of(authentication)
        .flatMap(ApiCaller::user)
        .orElseThrow(() -> new AuthorizationException(authentication));
  }

  /**
   * The stored hash of the live bearer token a request carried (what its rate limit counts by, so
   * that the token itself is never kept); empty without one.
   */
  public static Optional<TokenHash> tokenHash(Authentication authentication) {
    if (!isApiToken(authentication)) {
      return Optional.empty();
    }
    return Optional.ofNullable(authentication.getAttributes().get(TOKEN))
        .map(String::valueOf)
        .map(TokenHash::new);
  }

  /** The caller of an API request; empty when it carried no live bearer token. */
  public static Optional<ApiCaller> of(Authentication authentication) {
    if (!isApiToken(authentication)) {
      return Optional.empty();
    }
    Map<String, Object> attributes = authentication.getAttributes();
    String name = authentication.getName();
    Optional<UserId> user =
        name.startsWith(APP_ONLY_PREFIX)
            ? Optional.empty()
            : Optional.of(new UserId(Long.parseLong(name)));
    return Optional.of(
        new ApiCaller(
            user,
            new ClientId(String.valueOf(attributes.get(CLIENT))),
            Scopes.parse(String.valueOf(attributes.get(SCOPES)))));
  }
}
