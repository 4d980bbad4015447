package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.oauth.ApproveAuthorizationUseCase;
import org.microblog.application.port.in.oauth.AuthorisedAppsUseCase;
import org.microblog.application.port.in.oauth.AuthorizationRequestQuery;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.in.oauth.IssueTokenUseCase;
import org.microblog.application.port.in.oauth.RegisterAppUseCase;
import org.microblog.application.port.in.oauth.RevokeTokenUseCase;

/** The use cases of {@code port.in.oauth} (apps and tokens of the client API) as Mockito mocks. */
@Factory
final class MockOAuthUseCases {

  @Singleton
  RegisterAppUseCase registerApp() {
    return mock(RegisterAppUseCase.class);
  }

  @Singleton
  AuthorizationRequestQuery authorizationRequests() {
    return mock(AuthorizationRequestQuery.class);
  }

  @Singleton
  ApproveAuthorizationUseCase approveAuthorization() {
    return mock(ApproveAuthorizationUseCase.class);
  }

  @Singleton
  IssueTokenUseCase issueToken() {
    return mock(IssueTokenUseCase.class);
  }

  @Singleton
  RevokeTokenUseCase revokeToken() {
    return mock(RevokeTokenUseCase.class);
  }

  @Singleton
  BearerTokenQuery bearerTokens() {
    return mock(BearerTokenQuery.class);
  }

  @Singleton
  AuthorisedAppsUseCase authorisedApps() {
    return mock(AuthorisedAppsUseCase.class);
  }
}
