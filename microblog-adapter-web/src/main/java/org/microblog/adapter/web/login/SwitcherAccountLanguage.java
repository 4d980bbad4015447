package org.microblog.adapter.web.login;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.microblog.adapter.web.language.AccountLanguage;
import org.microblog.application.port.in.language.ChooseLanguageCommand;
import org.microblog.application.port.in.language.ChooseLanguageUseCase;
import org.microblog.domain.user.Language;

/** The switcher's choice of a logged-in person becomes their account's language. */
@Singleton
final class SwitcherAccountLanguage implements AccountLanguage {
  private final ChooseLanguageUseCase chooseLanguage;

  SwitcherAccountLanguage(ChooseLanguageUseCase chooseLanguage) {
    this.chooseLanguage = chooseLanguage;
  }

  @Override
  public void choose(Authentication authentication, Language language) {
    Viewer.of(authentication)
        .ifPresent(
            viewer ->
                chooseLanguage.choose(
                    new ChooseLanguageCommand(viewer.id(), Optional.of(language))));
  }
}
