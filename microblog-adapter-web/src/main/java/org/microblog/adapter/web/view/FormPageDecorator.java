package org.microblog.adapter.web.view;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Gives every form its fields' maximum lengths ({@link FieldLengths}) and, when it comes back with
 * errors, the field that gets the focus: the first one with an error.
 */
@Singleton
final class FormPageDecorator implements PageDecorator {
  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    model.putIfAbsent("maxLength", FieldLengths.ALL);
    if (model.get("errors") instanceof Map<?, ?> errors && !errors.isEmpty()) {
      model.putIfAbsent("focus", Map.of(errors.keySet().iterator().next(), true));
    }
  }
}
