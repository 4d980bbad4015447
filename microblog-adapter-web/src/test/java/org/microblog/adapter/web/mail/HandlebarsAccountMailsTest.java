package org.microblog.adapter.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

@MicronautTest
@Property(name = "microblog.public-url", value = "https://blog.example/")
class HandlebarsAccountMailsTest {
  private static final TokenValue TOKEN = TokenValue.of(new byte[32]);
  @Inject AccountMails mails;
  @Inject Translations translations;

  @Test
  void theResetMailCarriesAnAbsoluteLinkInBothParts() {
    MailMessage mail =
        mails.passwordReset(
            new Username("alice"),
            new EmailAddress("alice@example.org"),
            TOKEN,
            Instant.parse("2026-01-01T10:30:00Z"),
            Language.ENGLISH);

    String link = "https://blog.example/reset-password/" + TOKEN.value();
    assertThat(mail.to()).isEqualTo(new EmailAddress("alice@example.org"));
    assertThat(mail.subject()).isEqualTo("Reset your Microblog password");
    assertThat(mail.text()).contains(link, "Hello alice", "1 Jan 2026, 10:30 UTC");
    assertThat(mail.html()).contains("<a href=\"" + link + "\">", "Hello alice");
  }

  @Test
  void addressesAreEscapedInHtmlButNotInText() {
    MailMessage mail =
        mails.emailChanged(
            new Username("bob"),
            new EmailAddress("bob@example.org"),
            new EmailAddress("o'neil&co@example.org"),
            Language.ENGLISH);

    assertThat(mail.to()).isEqualTo(new EmailAddress("bob@example.org"));
    assertThat(mail.text()).contains("o'neil&co@example.org");
    assertThat(mail.html()).contains("o&#x27;neil&amp;co@example.org");
  }

  @Test
  void theVerificationMailLinksToTheVerificationPage() {
    MailMessage mail =
        mails.verifyEmail(
            new Username("carol"),
            new EmailAddress("carol@example.org"),
            TOKEN,
            Instant.parse("2026-01-02T10:00:00Z"),
            Language.ENGLISH);

    assertThat(mail.text()).contains("https://blog.example/verify-email/" + TOKEN.value());
    assertThat(mail.html()).contains("carol@example.org");
  }

  @Test
  void theExportReadyMailLinksToTheExportPageAndSaysUntilWhen() {
    MailMessage mail =
        mails.exportReady(
            new Username("dora"),
            new EmailAddress("dora@example.org"),
            Instant.parse("2026-01-08T10:00:00Z"),
            Language.ENGLISH);

    assertThat(mail.subject()).isEqualTo("Your Microblog export is ready");
    assertThat(mail.text())
        .contains("Hello dora", "https://blog.example/settings/export", "8 Jan 2026, 10:00 UTC");
    assertThat(mail.html()).contains("<a href=\"https://blog.example/settings/export\">");
  }

  @Test
  void theResetMailSpeaksSpanishInSubjectBodyAndDates() {
    MailMessage mail =
        mails.passwordReset(
            new Username("carmen"),
            new EmailAddress("carmen@example.org"),
            TOKEN,
            Instant.parse("2026-01-01T10:30:00Z"),
            Language.SPANISH);

    assertThat(mail.subject()).isEqualTo("Restablece tu contraseña de Microblog");
    assertThat(mail.text())
        .contains("Hola, carmen:", "Alguien, esperamos que tú", "hasta el 1 ene 2026")
        .contains("https://blog.example/reset-password/" + TOKEN.value());
    assertThat(mail.html())
        .contains("<html lang=\"es\">", "Elegir una contraseña nueva", "Hola, carmen:");
    assertNoEnglish(mail, Language.SPANISH);
  }

  @Test
  void everyMailSpeaksSpanishAndGermanWithNoEnglishLeft() {
    for (Language language : new Language[] {Language.SPANISH, Language.GERMAN}) {
      Username name = new Username("dieter");
      EmailAddress to = new EmailAddress("dieter@example.org");
      Instant at = Instant.parse("2026-01-08T10:00:00Z");
      for (MailMessage mail :
          List.of(
              mails.passwordReset(name, to, TOKEN, at, language),
              mails.verifyEmail(name, to, TOKEN, at, language),
              mails.emailChanged(name, to, new EmailAddress("new@example.org"), language),
              mails.newBrowserLogin(name, to, "Firefox on Linux", "192.0.2.0/24", at, language),
              mails.twoFactorChanged(name, to, true, language),
              mails.twoFactorChanged(name, to, false, language),
              mails.exportReady(name, to, at, language))) {
        assertThat(mail.html()).contains("<html lang=\"" + language.code() + "\">");
        assertNoEnglish(mail, language);
      }
    }
  }

  @Test
  void theGermanMailsReadGerman() {
    MailMessage export =
        mails.exportReady(
            new Username("dieter"),
            new EmailAddress("dieter@example.org"),
            Instant.parse("2026-01-08T10:00:00Z"),
            Language.GERMAN);
    MailMessage twoFactor =
        mails.twoFactorChanged(
            new Username("dieter"), new EmailAddress("dieter@example.org"), false, Language.GERMAN);

    assertThat(export.subject()).isEqualTo("Dein Microblog-Export ist fertig");
    assertThat(export.text())
        .contains("Hallo dieter,", "bis 08.01.2026, 10:00 UTC", "/settings/export");
    assertThat(export.html()).contains("Lade ihn von deiner Export-Seite herunter</a>");
    assertThat(twoFactor.subject())
        .isEqualTo("Zwei-Faktor-Authentifizierung für Microblog ausgeschaltet");
    assertThat(twoFactor.html())
        .contains(
            "Du kannst sie <a href=\"https://blog.example/settings/two-factor\">wieder einschalten</a>.");
  }

  private void assertNoEnglish(MailMessage mail, Language language) {
    EnglishOnlyText english = new EnglishOnlyText(translations, language);
    assertThat(english.in(mail.html())).as(mail.subject()).isEmpty();
    assertThat(english.in(mail.text())).as(mail.subject()).isEmpty();
    assertThat(english.in(mail.subject())).as(mail.subject()).isEmpty();
  }
}
