package org.microblog.adapter.web.view;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Gives every page what all pages show, through the {@link PageDecorator}s: pages that controllers
 * return through Micronaut Views, and pages that {@link PageRenderer} renders for filters and
 * exception handlers.
 */
@Singleton
final class CommonModelProcessor implements ViewModelProcessor<Map<String, Object>> {
  private final List<PageDecorator> decorators;

  CommonModelProcessor(List<PageDecorator> decorators) {
    this.decorators = List.copyOf(decorators);
  }

  @Override
  public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
    modelAndView.getModel().ifPresent(model -> decorate(request, model));
  }

  void decorate(HttpRequest<?> request, Map<String, Object> model) {
    for (PageDecorator decorator : decorators) {
      decorator.decorate(request, model);
    }
  }
}
