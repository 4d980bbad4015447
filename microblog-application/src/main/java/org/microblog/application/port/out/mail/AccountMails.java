package org.microblog.application.port.out.mail;

import java.time.Instant;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/**
 * Writes the mails about an account (wording, layout, absolute links). The links lead to pages of
 * whatever presents the application, so the presentation side implements this. Each mail is written
 * in {@code language}, the recipient's ({@link MailLanguage}).
 */
public interface AccountMails {
  MailMessage passwordReset(
      Username user, EmailAddress to, TokenValue token, Instant expiresAt, Language language);

  MailMessage verifyEmail(
      Username user, EmailAddress to, TokenValue token, Instant expiresAt, Language language);

  /** Tells the old address that the account now uses another one. */
  MailMessage emailChanged(
      Username user, EmailAddress oldAddress, EmailAddress newAddress, Language language);

  /** Tells the person that their account was logged in from a browser none of its logins uses. */
  MailMessage newBrowserLogin(
      Username user,
      EmailAddress to,
      String browser,
      String network,
      Instant at,
      Language language);

  /** Tells the person that two-factor authentication was turned on ({@code on}) or off. */
  MailMessage twoFactorChanged(Username user, EmailAddress to, boolean on, Language language);

  /** Tells the person that their account export can be downloaded until {@code availableUntil}. */
  MailMessage exportReady(
      Username user, EmailAddress to, Instant availableUntil, Language language);
}
