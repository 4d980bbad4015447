package org.microblog.application.port.in.oauth;

import java.util.Optional;

/**
 * An authorization request as an app sends it ({@code /oauth/authorize}), not yet checked: the
 * check is the use case's, so that the page and the form ask the same questions.
 */
public record AuthorizationRequest(
    String responseType,
    String clientId,
    String redirectUri,
    Optional<String> scope,
    Optional<String> codeChallenge,
    Optional<String> codeChallengeMethod) {}
