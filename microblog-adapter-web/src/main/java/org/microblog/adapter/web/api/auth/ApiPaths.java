package org.microblog.adapter.web.api.auth;

import io.micronaut.http.HttpRequest;

/** Which requests belong to the client API, where only bearer tokens count and no cookie does. */
public final class ApiPaths {
  private ApiPaths() {}

  /** {@code /api/...}: authorised by bearer tokens only. */
  public static boolean isApi(HttpRequest<?> request) {
    return request.getPath().startsWith("/api/");
  }

  /**
   * Requests that carry no browser form and so no CSRF token: the API and the OAuth endpoints that
   * apps call themselves (their client secret authenticates them).
   */
  public static boolean isCookieFree(HttpRequest<?> request) {
    String path = request.getPath();
    return path.startsWith("/api/") || path.equals("/oauth/token") || path.equals("/oauth/revoke");
  }
}
