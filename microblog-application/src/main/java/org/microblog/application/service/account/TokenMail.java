package org.microblog.application.service.account;

import java.time.Clock;
import java.time.Instant;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.account.MailQuotaPort;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.SendLimit;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;

/**
 * Issues a link token and mails it, so that either both happen or neither: the token is stored
 * before the mail leaves (a fast reader may click at once), and deleted again if the mail cannot be
 * sent. Older links of the same purpose die only once the new one is on its way. One instance
 * serves every use case that mails links (verification, password reset, change of address).
 */
public final class TokenMail {
  /** Writes the mail that carries a token. */
  interface Composer {
    MailMessage compose(TokenValue token, Instant expiresAt);
  }

  private final AccountTokenPort tokens;
  private final MailQuotaPort quota;
  private final TokenGenerator generator;
  private final MailSender sender;
  private final Clock clock;

  public TokenMail(
      AccountTokenPort tokens,
      MailQuotaPort quota,
      TokenGenerator generator,
      MailSender sender,
      Clock clock) {
    this.tokens = tokens;
    this.quota = quota;
    this.generator = generator;
    this.sender = sender;
    this.clock = clock;
  }

  /** Whether the purpose's send limit allows one more mail to this user now. */
  boolean withinLimit(UserId user, TokenPurpose purpose) {
    SendLimit limit = purpose.sendLimit();
    return limit.allowsAnother(quota.sendsSince(user, purpose, limit.windowStart(clock.instant())));
  }

  /**
   * @throws org.microblog.application.port.out.mail.MailDeliveryException after deleting the token
   */
  void issueAndSend(UserId user, TokenPurpose purpose, EmailAddress to, Composer composer) {
    Instant now = clock.instant();
    TokenValue value = generator.newToken();
    AccountToken token = AccountToken.issue(value.hash(), user, purpose, to, now);
    tokens.add(token);
    try {
      sender.send(composer.compose(value, token.expiresAt()));
    } catch (RuntimeException notSent) {
      tokens.delete(token.hash());
      throw notSent;
    }
    tokens.retireOthers(token);
    quota.recordSend(user, purpose, now);
  }
}
