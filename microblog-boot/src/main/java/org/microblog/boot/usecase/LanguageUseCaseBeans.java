package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.language.ChooseLanguageUseCase;

/** The use cases of {@code port.in.language} (an account's language) as beans. */
@Factory
final class LanguageUseCaseBeans {

  @Singleton
  ChooseLanguageUseCase chooseLanguage(Microblog microblog) {
    return microblog.chooseLanguage();
  }
}
