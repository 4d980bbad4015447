package org.microblog.adapter.web.oauth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Optional;
import org.microblog.application.port.in.oauth.AuthorizationRequest;

/**
 * An authorization request, from the app's link (query) or from the consent form (hidden fields,
 * with the person's {@code decision}): the same fields, checked the same way both times.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record AuthorizeForm(
    @Nullable String responseType,
    @Nullable String clientId,
    @Nullable String redirectUri,
    @Nullable String scope,
    @Nullable String state,
    @Nullable String codeChallenge,
    @Nullable String codeChallengeMethod,
    @Nullable String decision) {
  /** OAuth's {@code state} is echoed back; a page carries at most this much of it. */
  static final int MAX_STATE = 1000;

  AuthorizationRequest request() {
    return new AuthorizationRequest(
        responseType,
        clientId,
        redirectUri,
        Optional.ofNullable(scope).filter(s -> !s.isBlank()),
        Optional.ofNullable(codeChallenge).filter(s -> !s.isBlank()),
        Optional.ofNullable(codeChallengeMethod).filter(s -> !s.isBlank()));
  }

  Optional<String> stateValue() {
    return Optional.ofNullable(state).filter(s -> !s.isEmpty());
  }
}
