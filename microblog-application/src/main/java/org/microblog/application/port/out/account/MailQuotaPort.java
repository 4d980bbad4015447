package org.microblog.application.port.out.account;

import java.time.Instant;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.user.UserId;

/**
 * Remembers when account mails were sent, shared by every instance, for the send limits of {@link
 * TokenPurpose#sendLimit()}.
 */
public interface MailQuotaPort {
  void recordSend(UserId user, TokenPurpose purpose, Instant sentAt);

  long sendsSince(UserId user, TokenPurpose purpose, Instant since);
}
