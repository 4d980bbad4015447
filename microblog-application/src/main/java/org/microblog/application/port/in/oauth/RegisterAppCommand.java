package org.microblog.application.port.in.oauth;

import java.util.Optional;
import org.microblog.domain.oauth.AppName;
import org.microblog.domain.oauth.AppWebsite;
import org.microblog.domain.oauth.RedirectUris;
import org.microblog.domain.oauth.Scopes;

/** What an app says about itself when it registers. */
public record RegisterAppCommand(
    AppName name, Optional<AppWebsite> website, RedirectUris redirectUris, Scopes scopes) {}
