package org.microblog.application.port.in.account;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * What a person may see and change of their own account.
 *
 * @param postsFindable whether search may show their posts
 * @param language the language they chose for pages and mails; empty for none
 */
public record AccountView(
    UserId id,
    Username username,
    EmailAddress email,
    AboutMe about,
    boolean emailVerified,
    boolean postsFindable,
    Optional<Language> language) {
  public AccountView {
    Objects.requireNonNull(language, "language");
  }

  /** Of a person who chose no language. */
  public AccountView(
      UserId id,
      Username username,
      EmailAddress email,
      AboutMe about,
      boolean emailVerified,
      boolean postsFindable) {
    this(id, username, email, about, emailVerified, postsFindable, Optional.empty());
  }
}
