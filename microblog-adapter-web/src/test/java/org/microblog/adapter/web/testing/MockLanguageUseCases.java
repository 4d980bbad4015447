package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.language.ChooseLanguageUseCase;

/** The use cases of {@code port.in.language} as Mockito mocks. */
@Factory
final class MockLanguageUseCases {

  @Singleton
  ChooseLanguageUseCase chooseLanguage() {
    return mock(ChooseLanguageUseCase.class);
  }
}
