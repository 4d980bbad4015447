package org.microblog.adapter.web.login;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import java.net.URI;

/**
 * Where a request that needs a login is sent: the login page, with the page that was wanted as
 * {@code next} so that logging in leads back to it. Only a GET is worth coming back to; a refused
 * form submission cannot be replayed.
 */
final class LoginPage {
  private LoginPage() {}

  /** The login page for this request, with an optional notice flag such as {@code ended}. */
  static URI forRequest(HttpRequest<?> request, String... notices) {
    UriBuilder login = UriBuilder.of("/login");
    for (String notice : notices) {
      login.queryParam(notice, "");
    }
    String wanted = request.getUri().getRawPath();
    if (request.getMethod() == HttpMethod.GET && !"/".equals(wanted)) {
      String query = request.getUri().getRawQuery();
      login.queryParam("next", query == null ? wanted : wanted + "?" + query);
    }
    return login.build();
  }
}
