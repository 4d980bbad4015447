package org.microblog.adapter.web.view;

import java.util.Optional;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;

/**
 * The "newer" and "older" links of a list page, as keyset cursors in the query string ({@code
 * ?before=ID} for older posts, {@code ?after=ID} for newer ones).
 *
 * @param newer URL of the newer page, or null when this is the newest
 * @param older URL of the older page, or null when there is none
 */
public record Pagination(String newer, String older) {

  public static Pagination of(String path, Page<?> page) {
    return new Pagination(url(path, page.newer()), url(path, page.older()));
  }

  private static String url(String path, Optional<PageRequest> request) {
    return request.map(r -> url(path, r)).orElse(null);
  }

  private static String url(String path, PageRequest request) {
    if (request.isFirst()) {
      return path;
    }
    String parameter = request.direction() == PageRequest.Direction.OLDER ? "before" : "after";
    // A path that carries a query string of its own (search) takes the cursor after it.
    return path + (path.contains("?") ? "&" : "?") + parameter + "=" + request.cursor();
  }
}
