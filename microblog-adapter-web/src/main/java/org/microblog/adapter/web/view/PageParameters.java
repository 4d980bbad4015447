package org.microblog.adapter.web.view;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import org.microblog.application.port.in.timeline.PageRequest;

/** Reads the page cursor from a list page's query string; anything malformed is a 400. */
public final class PageParameters {
  private PageParameters() {}

  /**
   * @param before the {@code before} parameter, or null
   * @param after the {@code after} parameter, or null
   */
  public static PageRequest parse(String before, String after) {
    if (before != null && after != null) {
      throw malformed();
    }
    if (before != null) {
      return PageRequest.olderThan(cursor(before, 1));
    }
    if (after != null) {
      return PageRequest.newerThan(cursor(after, 0));
    }
    return PageRequest.first();
  }

  private static long cursor(String value, long minimum) {
    try {
      long cursor = Long.parseLong(value);
      if (cursor < minimum) {
        throw malformed();
      }
      return cursor;
    } catch (NumberFormatException e) {
      throw malformed();
    }
  }

  private static HttpStatusException malformed() {
    return new HttpStatusException(
        HttpStatus.BAD_REQUEST, "That page does not exist: the page link is malformed.");
  }
}
