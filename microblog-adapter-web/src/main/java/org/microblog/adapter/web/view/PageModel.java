package org.microblog.adapter.web.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model of one page: what the controller puts in. What every page needs (who is logged in, the
 * CSRF token for its forms) the {@link PageDecorator}s add.
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
}
