package org.microblog.adapter.web.api.oauth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.microblog.adapter.web.api.ApiForm;
import org.microblog.application.port.in.oauth.ClientCredentials;

/**
 * An app's credentials from HTTP Basic (RFC 6749, 2.3.1: each part form-encoded) or, failing that,
 * from {@code client_id} and {@code client_secret} in the body.
 */
final class ClientAuthentication {
  private static final String BASIC = "basic ";
  private static final int MAX_HEADER = 1000;

  private ClientAuthentication() {}

  static ClientCredentials of(HttpRequest<?> request, ApiForm form) {
    return basic(request)
        .orElseGet(
            () ->
                new ClientCredentials(
                    form.first("client_id").orElse(null),
                    form.first("client_secret").orElse(null)));
  }

  private static Optional<ClientCredentials> basic(HttpRequest<?> request) {
    Optional<String> header =
        request
            .getHeaders()
            .getFirst(HttpHeaders.AUTHORIZATION)
            .filter(value -> value.length() < MAX_HEADER)
            .filter(value -> value.regionMatches(true, 0, BASIC, 0, BASIC.length()));
    if (header.isEmpty()) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.get().substring(BASIC.length()).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.of(new ClientCredentials(null, null));
      }
      return Optional.of(
          new ClientCredentials(
              URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
              URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException malformed) {
      return Optional.of(new ClientCredentials(null, null));
    }
  }
}
