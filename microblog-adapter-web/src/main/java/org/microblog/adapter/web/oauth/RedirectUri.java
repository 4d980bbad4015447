package org.microblog.adapter.web.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A registered redirect URI with the answer's parameters added to its query. */
final class RedirectUri {
  private RedirectUri() {}

  /** {@code pairs} alternate names and values; {@code state} comes last when there is one. */
  static URI with(String registered, List<String> pairs, Optional<String> state) {
    StringBuilder uri = new StringBuilder(registered);
    char separator = registered.contains("?") ? '&' : '?';
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
      uri.append(separator).append(pairs.get(i)).append('=').append(encode(pairs.get(i + 1)));
      separator = '&';
    }
    state.ifPresent(value -> uri.append("&state=").append(encode(value)));
    return URI.create(uri.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
