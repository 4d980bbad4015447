package org.microblog.adapter.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Username;

@MicronautTest
@Property(name = "microblog.public-url", value = "https://blog.example/")
class HandlebarsAccountMailsTest {
  private static final TokenValue TOKEN = TokenValue.of(new byte[32]);
  @Inject AccountMails mails;

  @Test
  void theResetMailCarriesAnAbsoluteLinkInBothParts() {
    MailMessage mail =
        mails.passwordReset(
            new Username("alice"),
            new EmailAddress("alice@example.org"),
            TOKEN,
            Instant.parse("2026-01-01T10:30:00Z"));

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
            new EmailAddress("o'neil&co@example.org"));

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
            Instant.parse("2026-01-02T10:00:00Z"));

    assertThat(mail.text()).contains("https://blog.example/verify-email/" + TOKEN.value());
    assertThat(mail.html()).contains("carol@example.org");
  }

  @Test
  void theExportReadyMailLinksToTheExportPageAndSaysUntilWhen() {
    MailMessage mail =
        mails.exportReady(
            new Username("dora"),
            new EmailAddress("dora@example.org"),
            Instant.parse("2026-01-08T10:00:00Z"));

    assertThat(mail.subject()).isEqualTo("Your Microblog export is ready");
    assertThat(mail.text())
        .contains("Hello dora", "https://blog.example/settings/export", "8 Jan 2026, 10:00 UTC");
    assertThat(mail.html()).contains("<a href=\"https://blog.example/settings/export\">");
  }
}
