package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.oauth.ApproveAuthorizationUseCase;
import org.microblog.application.port.in.oauth.AuthorisedAppsUseCase;
import org.microblog.application.port.in.oauth.AuthorizationRequestQuery;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.in.oauth.IssueTokenUseCase;
import org.microblog.application.port.in.oauth.RegisterAppUseCase;
import org.microblog.application.port.in.oauth.RevokeTokenUseCase;

/** The use cases of {@code port.in.oauth} (the client API's apps and tokens) as beans. */
@Factory
final class OAuthUseCaseBeans {

  @Singleton
  RegisterAppUseCase registerApp(Microblog microblog) {
    return microblog.registerApp();
  }

  @Singleton
  AuthorizationRequestQuery authorizationRequests(Microblog microblog) {
    return microblog.authorizationRequests();
  }

  @Singleton
  ApproveAuthorizationUseCase approveAuthorization(Microblog microblog) {
    return microblog.approveAuthorization();
  }

  @Singleton
  IssueTokenUseCase issueToken(Microblog microblog) {
    return microblog.issueToken();
  }

  @Singleton
  RevokeTokenUseCase revokeToken(Microblog microblog) {
    return microblog.revokeToken();
  }

  @Singleton
  BearerTokenQuery bearerTokens(Microblog microblog) {
    return microblog.bearerTokens();
  }

  @Singleton
  AuthorisedAppsUseCase authorisedApps(Microblog microblog) {
    return microblog.authorisedApps();
  }
}
