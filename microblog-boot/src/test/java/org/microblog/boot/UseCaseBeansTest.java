package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;
import org.microblog.application.Microblog;

/** Every use case that the composition root builds reaches Micronaut as a bean, that very one. */
@MicronautTest(startApplication = false)
class UseCaseBeansTest {
  @Inject ApplicationContext context;
  @Inject Microblog microblog;

  @Test
  void everyUseCaseOfTheCompositionRootIsTheBeanOfItsType() throws Exception {
    for (RecordComponent useCase : Microblog.class.getRecordComponents()) {
      Object built = useCase.getAccessor().invoke(microblog);
      assertThat(context.getBean(useCase.getType()))
          .as("the bean of %s", useCase.getType().getSimpleName())
          .isSameAs(built);
    }
  }
}
