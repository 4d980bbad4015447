package org.microblog.application.service.oauth;

import java.time.Clock;
import org.microblog.application.port.in.oauth.ApproveAuthorizationUseCase;
import org.microblog.application.port.in.oauth.AuthorizationRequest;
import org.microblog.application.port.in.oauth.AuthorizationRequestQuery;
import org.microblog.application.port.in.oauth.CheckedAuthorization;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.oauth.AuthorizationCodePort;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.oauth.AuthorizationCode;
import org.microblog.domain.user.UserId;

/** Issues a one-time code for an approved request; only the code's hash is stored. */
public final class ApproveAuthorizationService implements ApproveAuthorizationUseCase {
  private final AuthorizationRequestQuery requests;
  private final AuthorizationCodePort codes;
  private final TokenGenerator tokens;
  private final Clock clock;

  public ApproveAuthorizationService(
      AuthorizationRequestQuery requests,
      AuthorizationCodePort codes,
      TokenGenerator tokens,
      Clock clock) {
    this.requests = requests;
    this.codes = codes;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public String approve(UserId user, AuthorizationRequest request) {
    CheckedAuthorization checked = requests.check(request);
    TokenValue code = tokens.newToken();
    codes.add(
        new AuthorizationCode(
            code.hash(),
            checked.app().clientId(),
            user,
            checked.redirectUri(),
            checked.scopes(),
            checked.challenge(),
            clock.instant()));
    return code.value();
  }
}
