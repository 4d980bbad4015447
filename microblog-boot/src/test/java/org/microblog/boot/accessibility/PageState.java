package org.microblog.boot.accessibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page in one state that changes its markup: who looks at it, where it is, and, for a form's
 * answer, which form is sent with which values. Paths may hold placeholders such as {@code
 * {resetToken}} that the seeded {@link Site} fills in.
 *
 * @param name a short file-name-safe name, used for reports and screenshots
 * @param viewer who is logged in
 * @param path the page to open (GET)
 * @param form the form to send from that page, or null for the page itself
 * @param status the status the page must answer with
 * @param routes the routes ("GET /users/{username}") whose pages this state shows
 */
record PageState(
    String name, Viewer viewer, String path, Form form, int status, List<String> routes) {

  /**
   * Who looks at the page: nobody, someone with full lists, someone brand new, someone with
   * two-factor on who has given the password and is asked for a code.
   */
  enum Viewer {
    ANONYMOUS,
    FULL,
    EMPTY,
    SECOND_STEP
  }

  /**
   * A form on the page, sent with these values over the ones the page filled in. The browser sends
   * it without its own checks (required, maxlength, type=email), as a script-free client or an old
   * browser would, so that the server's error pages are reached.
   */
  record Form(String action, Map<String, String> values, boolean withoutCsrfToken) {}

  static PageState page(String name, Viewer viewer, String path, String... routes) {
    return new PageState(name, viewer, path, null, 200, List.of(routes));
  }

  static PageState error(String name, Viewer viewer, String path, int status, String... routes) {
    return new PageState(name, viewer, path, null, status, List.of(routes));
  }

  /** The page this form answers with, sent from {@code path}. */
  PageState answer(String name, String action, int status, String... fieldsAndValues) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return new PageState(
        name, viewer, path, new Form(action, values, false), status, List.of("POST " + action));
  }

  PageState withoutCsrfToken() {
    return new PageState(
        name, viewer, path, new Form(form.action(), form.values(), true), status, List.of());
  }

  PageState covering(String... more) {
    return new PageState(name, viewer, path, form, status, List.of(more));
  }

  boolean isForm() {
    return form != null;
  }

  /** A form's answer that shows the form again with its errors. */
  boolean showsFormErrors() {
    return form != null && status == 422;
  }
}
