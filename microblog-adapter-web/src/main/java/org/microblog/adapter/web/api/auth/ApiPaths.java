package org.microblog.adapter.web.api.auth;

import io.micronaut.http.HttpRequest;

/** Which requests belong to the client API, where only bearer tokens count and no cookie does. */
public final class ApiPaths {
  private static final String STREAMING = "/api/v1/streaming";

  private ApiPaths() {}

  /** {@code /api/...}: authorised by bearer tokens only. */
  public static boolean isApi(HttpRequest<?> request) {
    return request.getPath().startsWith("/api/");
  }

  /**
   * The streaming API, where a token may also come as the {@code access_token} query parameter:
   * browsers' {@code EventSource} cannot send an {@code Authorization} header.
   */
  public static boolean isStreaming(HttpRequest<?> request) {
    String path = request.getPath();
    return path.equals(STREAMING) || path.startsWith(STREAMING + "/");
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
