package org.microblog.application.inmemory;

import java.time.Instant;
import org.microblog.application.inmemory.InMemoryTables.MailSend;
import org.microblog.application.port.out.account.MailQuotaPort;
import org.microblog.domain.account.SendLimit;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.user.UserId;

/**
 * When account mails were sent, in memory. Each send forgets the account's records that no limit
 * counts any more ({@link SendLimit#recordsExpireBefore}), as the database adapter does.
 */
public final class InMemoryMailQuota implements MailQuotaPort {

  private final InMemoryTables tables;

  InMemoryMailQuota(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public void recordSend(UserId user, TokenPurpose purpose, Instant sentAt) {
    Instant forgetBefore = SendLimit.recordsExpireBefore(sentAt);
    tables.locked(
        () -> {
          tables.mailSends.removeIf(
              m -> m.user().equals(user) && m.sentAt().isBefore(forgetBefore));
          tables.mailSends.add(new MailSend(user, purpose, sentAt));
        });
  }

  @Override
  public long sendsSince(UserId user, TokenPurpose purpose, Instant since) {
    return tables.locked(
        () ->
            tables.mailSends.stream()
                .filter(m -> m.user().equals(user) && m.purpose() == purpose)
                .filter(m -> !m.sentAt().isBefore(since))
                .count());
  }
}
