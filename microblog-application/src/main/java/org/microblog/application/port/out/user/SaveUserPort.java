package org.microblog.application.port.out.user;

import java.util.Optional;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Stores users. Uniqueness of username and email (ignoring case) is enforced here, atomically. */
public interface SaveUserPort {
  /**
   * @throws org.microblog.domain.shared.DomainException CONFLICT {@code username.taken} or {@code
   *     email.taken}
   */
  User insert(NewUser user);

  /**
   * @param postsFindable whether search may show the person's posts
   * @throws org.microblog.domain.shared.DomainException CONFLICT {@code username.taken}
   */
  void updateProfile(UserId id, Username username, AboutMe about, boolean postsFindable);

  /**
   * Stores a new password hash: of a new password, or of the same one with stronger settings.
   * Logins are records of their own ({@code LoginRecordPort}); ending them is the caller's choice.
   */
  void changePassword(UserId id, PasswordHash hash);

  /**
   * @throws org.microblog.domain.shared.DomainException CONFLICT {@code email.taken}
   */
  void changeEmail(UserId id, EmailAddress email, boolean verified);

  /** Stores the language the person chose for pages and mails; empty: none, their browser's. */
  void updateLanguage(UserId id, Optional<Language> language);

  /** Deletes the account with its posts, follows and tokens. Deleting twice changes nothing. */
  void delete(UserId id);
}
