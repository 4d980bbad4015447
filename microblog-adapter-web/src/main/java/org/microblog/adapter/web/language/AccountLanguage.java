package org.microblog.adapter.web.language;

import io.micronaut.security.authentication.Authentication;
import org.microblog.domain.user.Language;

/**
 * Saves a language chosen with the switcher as the logged-in person's account language. The login
 * package knows who is logged in and implements it, so that the languages do not depend on logins.
 */
public interface AccountLanguage {
  /** Does nothing for a login that names nobody. */
  void choose(Authentication authentication, Language language);
}
