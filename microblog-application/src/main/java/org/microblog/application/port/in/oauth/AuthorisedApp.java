package org.microblog.application.port.in.oauth;

import java.time.Instant;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.oauth.Scopes;

/** An app a person has authorised: what it may do, since when (its newest token). */
public record AuthorisedApp(OAuthApp app, Scopes scopes, Instant authorisedAt) {}
