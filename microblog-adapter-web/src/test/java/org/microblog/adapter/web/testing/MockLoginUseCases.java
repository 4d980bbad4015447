package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.login.AuthenticateUserUseCase;
import org.microblog.application.port.in.login.EndLoginUseCase;
import org.microblog.application.port.in.login.LogOutEverywhereUseCase;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.application.port.in.login.LoginsQuery;
import org.microblog.application.port.in.login.StartLoginUseCase;

/** The use cases of {@code port.in.login} (logging in and the login records) as Mockito mocks. */
@Factory
final class MockLoginUseCases {

  @Singleton
  AuthenticateUserUseCase authenticateUser() {
    return mock(AuthenticateUserUseCase.class);
  }

  @Singleton
  StartLoginUseCase startLogin() {
    return mock(StartLoginUseCase.class);
  }

  @Singleton
  EndLoginUseCase endLogin() {
    return mock(EndLoginUseCase.class);
  }

  @Singleton
  LoginsQuery logins() {
    return mock(LoginsQuery.class);
  }

  @Singleton
  LoginValidityQuery loginValidityQuery() {
    return mock(LoginValidityQuery.class);
  }

  @Singleton
  LogOutEverywhereUseCase logOutEverywhere() {
    return mock(LogOutEverywhereUseCase.class);
  }
}
