package org.microblog.adapter.web.language;

import io.micronaut.http.HttpRequest;
import org.microblog.adapter.web.form.SafeRedirect;

/**
 * Where the language switcher returns to: the page it was on, only ever a path on this site ({@link
 * SafeRedirect}).
 */
final class ComingBack {
  private ComingBack() {}

  /** The page being shown: path and query when read with GET, the path of a form's answer. */
  static String here(HttpRequest<?> request) {
    String path = request.getUri().getRawPath();
    String query = request.getUri().getRawQuery();
    boolean read = "GET".equals(request.getMethodName());
    return SafeRedirect.localPathOr(read && query != null ? path + "?" + query : path, "/");
  }
}
