package org.microblog.application.service.login;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.microblog.application.port.in.login.StartLoginCommand;
import org.microblog.application.port.in.login.StartLoginUseCase;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;

/**
 * Records a login. Expired records are cleaned up here, on every login (one bounded DELETE on an
 * indexed column), so that the table holds live logins only without a scheduled job; and a login
 * from a browser none of the person's other live logins uses is announced by mail.
 */
public final class StartLoginService implements StartLoginUseCase {
  private final LoginRecordPort logins;
  private final TokenGenerator tokens;
  private final NewBrowserMail newBrowserMail;
  private final Clock clock;

  public StartLoginService(
      LoginRecordPort logins, TokenGenerator tokens, NewBrowserMail newBrowserMail, Clock clock) {
    this.logins = logins;
    this.tokens = tokens;
    this.newBrowserMail = newBrowserMail;
    this.clock = clock;
  }

  @Override
  public LoginId start(StartLoginCommand command) {
    Instant now = clock.instant();
    logins.removeExpired(
        Login.sessionsExpiredIfStartedBefore(now), Login.rememberedExpiredIfUsedBefore(now));
    List<Login> earlier = logins.loginsOf(command.user().id());
    Login login =
        Login.start(
            LoginId.from(tokens.newToken()),
            command.user().id(),
            command.remember(),
            now,
            command.browser(),
            command.network());
    logins.add(login);
    newBrowserMail.sendIfUnseen(login, earlier);
    return login.id();
  }
}
