package org.microblog.adapter.persistence;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.microblog.application.crypto.Pbkdf2PasswordHasher;
import org.microblog.application.crypto.SecureRandomTokenGenerator;
import org.microblog.application.inmemory.InMemoryExportArchives;
import org.microblog.application.inmemory.InMemoryMailbox;
import org.microblog.application.inmemory.PlainAccountMails;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.job.ExportArchivePort;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.application.port.out.user.PasswordHasher;

/**
 * The outbound ports that no database provides, taken from the in-memory kit, so that the contract
 * tests find every port by its type in this module's context as boot does ({@code
 * MicroblogPorts.byType}). The contracts do not use them.
 */
@Factory
final class OtherPortsForContracts {
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  PasswordHasher passwordHasher() {
    return new Pbkdf2PasswordHasher(1_000);
  }

  @Singleton
  TokenGenerator tokenGenerator() {
    return new SecureRandomTokenGenerator();
  }

  @Singleton
  AccountMails accountMails() {
    return new PlainAccountMails();
  }

  @Singleton
  MailSender mailSender() {
    return new InMemoryMailbox();
  }

  @Singleton
  ExportArchivePort exportArchives(Clock clock) {
    return new InMemoryExportArchives(clock);
  }
}
