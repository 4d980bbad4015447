package org.microblog.application.inmemory;

import java.time.Instant;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/**
 * Minimal account mails for embedding programs: the bare token rather than a link (an embedder has
 * its own pages), the same text in both parts, in English whatever the recipient's language. The
 * server's mails come from templates, in the recipient's language.
 */
public final class PlainAccountMails implements AccountMails {
  @Override
  public MailMessage passwordReset(
      Username user, EmailAddress to, TokenValue token, Instant expiresAt, Language language) {
    return mail(to, "Reset your password", user + ", your reset code is " + token.value());
  }

  @Override
  public MailMessage verifyEmail(
      Username user, EmailAddress to, TokenValue token, Instant expiresAt, Language language) {
    return mail(to, "Verify your email address", user + ", your code is " + token.value());
  }

  @Override
  public MailMessage emailChanged(
      Username user, EmailAddress oldAddress, EmailAddress newAddress, Language language) {
    return mail(oldAddress, "Your email address was changed", user + " now uses another address.");
  }

  @Override
  public MailMessage newBrowserLogin(
      Username user,
      EmailAddress to,
      String browser,
      String network,
      Instant at,
      Language language) {
    return mail(
        to, "New login", user + " logged in with " + browser + " from " + network + " at " + at);
  }

  @Override
  public MailMessage twoFactorChanged(
      Username user, EmailAddress to, boolean on, Language language) {
    String state = on ? "on" : "off";
    return mail(to, "Two-factor authentication " + state, user + " turned two-factor " + state);
  }

  private static MailMessage mail(EmailAddress to, String subject, String text) {
    return new MailMessage(to, subject, text, "<p>" + text + "</p>");
  }

  @Override
  public MailMessage exportReady(
      Username user, EmailAddress to, Instant availableUntil, Language language) {
    return mail(to, "Your export is ready", user + " can download it until " + availableUntil);
  }
}
