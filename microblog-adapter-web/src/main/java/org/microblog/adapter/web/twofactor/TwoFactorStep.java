package org.microblog.adapter.web.twofactor;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.in.twofactor.TwoFactorQuery;

/** What the login page asks after a right password: must a code follow before logging in? */
@Singleton
public final class TwoFactorStep {
  private final TwoFactorQuery twoFactor;
  private final PendingLoginCookie pendingLogins;

  TwoFactorStep(TwoFactorQuery twoFactor, PendingLoginCookie pendingLogins) {
    this.twoFactor = twoFactor;
    this.pendingLogins = pendingLogins;
  }

  /**
   * With two-factor on: the redirect to the code page, carrying the half-done login; no login
   * record exists until the code is right. Empty when the password is all it takes.
   */
  public Optional<MutableHttpResponse<?>> beginIfOn(
      AuthenticatedUser user, boolean remember, String next) {
    if (!twoFactor.status(user.id()).on()) {
      return Optional.empty();
    }
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(PendingLoginCookie.PATH));
    pendingLogins.issue(response, user, remember, next);
    return Optional.of(response);
  }
}
