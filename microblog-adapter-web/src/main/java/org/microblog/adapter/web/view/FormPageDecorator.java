package org.microblog.adapter.web.view;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Gives every form its fields' maximum lengths ({@link FieldLengths}) and, when it comes back with
 * errors, the field that gets the focus: the first one with an error. Shown for a GET, the page's
 * own address ({@code here}), which buttons send as the page to return to.
 */
@Singleton
final class FormPageDecorator implements PageDecorator {
  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    model.putIfAbsent("maxLength", FieldLengths.ALL);
    // Where buttons (like, unlike) return to: this page, when it is one that can be shown again.
    if (request.getMethod() == HttpMethod.GET) {
      String query = request.getUri().getRawQuery();
      String path = request.getUri().getRawPath();
      model.putIfAbsent("here", query == null ? path : path + "?" + query);
    }
    if (model.get("errors") instanceof Map<?, ?> errors && !errors.isEmpty()) {
      model.putIfAbsent("focus", Map.of(errors.keySet().iterator().next(), true));
    }
  }
}
