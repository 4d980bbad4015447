package org.microblog.adapter.persistence;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.microblog.application.inmemory.InMemoryLogins;
import org.microblog.application.inmemory.InMemoryPersistence;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** The in-memory kit's login records held to the same contract as the databases. */
class InMemoryLoginRecordsTest extends LoginRecordPortContract {
  private InMemoryPersistence kit;
  private InMemoryLogins logins;

  @BeforeEach
  void empty() {
    kit = InMemoryPersistence.create();
    logins = new InMemoryLogins(kit.notifications()::unreadCount);
  }

  @Override
  protected LoginRecordPort logins() {
    return logins;
  }

  @Override
  protected UserId aUser(String name) {
    return kit.users()
        .insert(
            new NewUser(
                new Username(name),
                new EmailAddress(name + "@example.org"),
                new PasswordHash("hash-of-" + name),
                Instant.EPOCH))
        .id();
  }

  @Override
  protected NotificationPort notifications() {
    return kit.notifications();
  }
}
