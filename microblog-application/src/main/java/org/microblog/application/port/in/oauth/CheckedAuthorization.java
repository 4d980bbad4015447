package org.microblog.application.port.in.oauth;

import java.util.Optional;
import org.microblog.domain.oauth.CodeChallenge;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.oauth.Scopes;

/** An authorization request found acceptable: which app asks for what, and where to answer. */
public record CheckedAuthorization(
    OAuthApp app, String redirectUri, Scopes scopes, Optional<CodeChallenge> challenge) {}
