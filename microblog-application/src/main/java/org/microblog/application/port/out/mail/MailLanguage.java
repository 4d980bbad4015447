package org.microblog.application.port.out.mail;

import java.util.Optional;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.User;

/**
 * The language a mail to a person is written in: the one their account chose; else the language of
 * the request that caused the mail, where there is one (a password reset asked for from a page in
 * Spanish); else English.
 */
public final class MailLanguage {
  private MailLanguage() {}

  /** For a mail no page asked for (a job's, or one the person's account settings caused). */
  public static Language of(User recipient) {
    return of(recipient, Optional.empty());
  }

  /** For a mail a request asked for, in {@code requested} when the account chose nothing. */
  public static Language of(User recipient, Optional<Language> requested) {
    return recipient.language().or(() -> requested).orElse(Language.ENGLISH);
  }
}
