package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.login.AuthenticateUserUseCase;
import org.microblog.application.port.in.login.EndLoginUseCase;
import org.microblog.application.port.in.login.LogOutEverywhereUseCase;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.application.port.in.login.LoginsQuery;
import org.microblog.application.port.in.login.StartLoginUseCase;

/** The use cases of {@code port.in.login} (logging in and the login records) as beans. */
@Factory
final class LoginUseCaseBeans {

  @Singleton
  AuthenticateUserUseCase authenticateUser(Microblog microblog) {
    return microblog.authenticateUser();
  }

  @Singleton
  LoginValidityQuery loginValidity(Microblog microblog) {
    return microblog.loginValidity();
  }

  @Singleton
  LogOutEverywhereUseCase logOutEverywhere(Microblog microblog) {
    return microblog.logOutEverywhere();
  }

  @Singleton
  StartLoginUseCase startLogin(Microblog microblog) {
    return microblog.startLogin();
  }

  @Singleton
  EndLoginUseCase endLogin(Microblog microblog) {
    return microblog.endLogin();
  }

  @Singleton
  LoginsQuery logins(Microblog microblog) {
    return microblog.logins();
  }
}
