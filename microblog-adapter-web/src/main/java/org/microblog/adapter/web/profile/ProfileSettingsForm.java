package org.microblog.adapter.web.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;
import org.microblog.domain.user.Language;

/**
 * The profile settings form as submitted.
 *
 * @param postsFindable the checkbox "let my posts be found by search": any value when ticked,
 *     absent when not
 * @param language the code of the account's language; empty for "automatic (from the browser)"
 */
@Serdeable
public record ProfileSettingsForm(
    @Nullable String username,
    @Nullable String about,
    @Nullable String postsFindable,
    @Nullable String language) {

  /** The value a ticked checkbox sends. */
  static final String TICKED = "on";

  boolean findable() {
    return postsFindable != null;
  }

  /** The language chosen, empty for "automatic"; one the site does not speak is refused. */
  Optional<Language> chosenLanguage() {
    return language == null || language.isBlank()
        ? Optional.empty()
        : Optional.of(Language.of(language));
  }
}
