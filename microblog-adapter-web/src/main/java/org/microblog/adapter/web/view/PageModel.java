package org.microblog.adapter.web.view;

import io.micronaut.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.security.CsrfTokens;
import org.microblog.adapter.web.security.CurrentViewer;
import org.microblog.adapter.web.security.Viewer;

/**
 * The model of one page: what the controller puts in, plus what every page needs (who is logged in,
 * the CSRF token for its forms).
 */
public final class PageModel {
  private final Map<String, Object> values = new LinkedHashMap<>();

  private PageModel() {}

  public static PageModel of(String key, Object value) {
    return new PageModel().with(key, value);
  }

  public static PageModel empty() {
    return new PageModel();
  }

  public PageModel with(String key, Object value) {
    values.put(key, value);
    return this;
  }

  public Map<String, Object> asMap() {
    return values;
  }

  /**
   * Adds what every page shows; controllers need not remember it: who is logged in, the CSRF token,
   * the navigation's current page, the fields' maximum lengths, and the field that gets the focus
   * when a form comes back with errors (the first one with an error).
   */
  static void decorate(HttpRequest<?> request, Map<String, Object> model) {
    Optional<Viewer> viewer = CurrentViewer.of(request);
    viewer.ifPresent(v -> model.putIfAbsent("viewer", v));
    model.putIfAbsent("current", Navigation.current(request.getPath(), viewer));
    model.putIfAbsent("maxLength", FieldLengths.ALL);
    if (model.get("errors") instanceof Map<?, ?> errors && !errors.isEmpty()) {
      model.putIfAbsent("focus", Map.of(errors.keySet().iterator().next(), true));
    }
    request
        .getAttribute(CsrfTokens.ATTRIBUTE, String.class)
        .ifPresent(token -> model.putIfAbsent("csrfToken", token));
  }
}
