package org.microblog.adapter.web.view;

import io.micronaut.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.microblog.adapter.web.security.CsrfTokens;
import org.microblog.adapter.web.security.CurrentViewer;

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

  /** Adds what every page shows; controllers need not remember it. */
  static void decorate(HttpRequest<?> request, Map<String, Object> model) {
    CurrentViewer.of(request).ifPresent(viewer -> model.putIfAbsent("viewer", viewer));
    request
        .getAttribute(CsrfTokens.ATTRIBUTE, String.class)
        .ifPresent(token -> model.putIfAbsent("csrfToken", token));
  }
}
