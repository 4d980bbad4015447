package org.microblog.adapter.web.view;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/** Adds the viewer and CSRF token to every page rendered through Micronaut Views. */
@Singleton
final class CommonModelProcessor implements ViewModelProcessor<Map<String, Object>> {
  @Override
  public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
    modelAndView.getModel().ifPresent(model -> PageModel.decorate(request, model));
  }
}
