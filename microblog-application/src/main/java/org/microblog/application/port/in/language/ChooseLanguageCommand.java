package org.microblog.application.port.in.language;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.UserId;

/**
 * One's own account's language.
 *
 * @param language empty for "not chosen": the switcher's cookie, then the browser's, apply
 */
public record ChooseLanguageCommand(UserId user, Optional<Language> language) {
  public ChooseLanguageCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(language, "language");
  }
}
