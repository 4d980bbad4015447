package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.crypto.Pbkdf2PasswordHasher;
import org.microblog.application.inmemory.InMemoryMicroblog;
import org.microblog.application.inmemory.MutableClock;
import org.microblog.application.inmemory.PlainAccountMails;
import org.microblog.application.port.in.account.RequestPasswordResetCommand;
import org.microblog.application.port.in.language.ChooseLanguageCommand;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Which language each mail is written in: the account's; else the language of the page that asked
 * for it; else English.
 */
class MailLanguageServicesTest {
  private final RecordingMails mails = new RecordingMails();
  private final InMemoryMicroblog blog =
      InMemoryMicroblog.create(
          new MutableClock(Fixtures.START),
          new Pbkdf2PasswordHasher(1_000),
          new RecordingTokens(),
          mails);

  @Test
  void registrationMailsTheVerificationLinkInThePagesLanguage() {
    register("carmen", Optional.of(Language.SPANISH));
    register("alice", Optional.empty());

    assertThat(mails.languages).containsExactly(Language.SPANISH, Language.ENGLISH);
  }

  @Test
  void aResetIsInTheAccountsLanguageElseInTheAskingPagesElseEnglish() {
    register("dieter", Optional.of(Language.GERMAN));
    UserId alice = register("alice", Optional.empty());
    register("bob", Optional.empty());
    mails.languages.clear();

    reset("dieter", Optional.of(Language.SPANISH));
    reset("alice", Optional.of(Language.SPANISH));
    reset("bob", Optional.empty());
    blog.useCases()
        .chooseLanguage()
        .choose(new ChooseLanguageCommand(alice, Optional.of(Language.GERMAN)));
    reset("alice", Optional.of(Language.SPANISH));

    assertThat(mails.languages)
        .containsExactly(Language.GERMAN, Language.SPANISH, Language.ENGLISH, Language.GERMAN);
  }

  private UserId register(String name, Optional<Language> language) {
    return blog.useCases()
        .registerUser()
        .register(
            new RegisterUserCommand(
                new Username(name),
                new EmailAddress(name + "@example.org"),
                new Password("a long password for " + name),
                language));
  }

  private void reset(String name, Optional<Language> page) {
    blog.useCases()
        .requestPasswordReset()
        .request(new RequestPasswordResetCommand(new EmailAddress(name + "@example.org"), page));
  }

  /** The plain mails, noting the language each was asked for in. */
  private static final class RecordingMails implements AccountMails {
    private final PlainAccountMails plain = new PlainAccountMails();
    final List<Language> languages = new ArrayList<>();

    @Override
    public MailMessage passwordReset(
        Username user, EmailAddress to, TokenValue token, Instant expiresAt, Language language) {
      languages.add(language);
      return plain.passwordReset(user, to, token, expiresAt, language);
    }

    @Override
    public MailMessage verifyEmail(
        Username user, EmailAddress to, TokenValue token, Instant expiresAt, Language language) {
      languages.add(language);
      return plain.verifyEmail(user, to, token, expiresAt, language);
    }

    @Override
    public MailMessage emailChanged(
        Username user, EmailAddress oldAddress, EmailAddress newAddress, Language language) {
      languages.add(language);
      return plain.emailChanged(user, oldAddress, newAddress, language);
    }

    @Override
    public MailMessage newBrowserLogin(
        Username user,
        EmailAddress to,
        String browser,
        String network,
        Instant at,
        Language language) {
      languages.add(language);
      return plain.newBrowserLogin(user, to, browser, network, at, language);
    }

    @Override
    public MailMessage twoFactorChanged(
        Username user, EmailAddress to, boolean on, Language language) {
      languages.add(language);
      return plain.twoFactorChanged(user, to, on, language);
    }

    @Override
    public MailMessage exportReady(
        Username user, EmailAddress to, Instant availableUntil, Language language) {
      languages.add(language);
      return plain.exportReady(user, to, availableUntil, language);
    }
  }
}
