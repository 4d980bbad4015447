package org.microblog.adapter.web.view;

import io.micronaut.http.HttpRequest;
import java.util.Map;

/**
 * Adds to every page's model something that all pages show, such as who is logged in or the CSRF
 * token of its forms. The features that know these things implement it, so that rendering depends
 * on none of them.
 */
public interface PageDecorator {
  /** Adds values the controller did not set itself; a controller's own value wins. */
  void decorate(HttpRequest<?> request, Map<String, Object> model);
}
