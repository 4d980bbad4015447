package org.microblog.adapter.web.headers;

import io.micronaut.http.MutableHttpResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lets one page's form lead elsewhere: browsers apply {@code form-action} to the redirect that
 * follows a form, so the OAuth consent page, whose answer redirects to the app, must name the app's
 * origin (or its custom scheme) beside this site. The response's policy then replaces the default
 * one ({@link SecurityHeadersFilter} leaves a policy already set alone).
 */
public final class FormTargets {
  private static final Pattern SAFE_HOST = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+");
  private static final Pattern SAFE_SCHEME = Pattern.compile("[a-z][a-z0-9+.\\-]*");

  private FormTargets() {}

  /**
   * Adds {@code redirect}'s origin (or scheme) to the page's form targets, when it is well formed.
   */
  public static void allow(MutableHttpResponse<?> response, String redirect) {
    source(redirect)
        .ifPresent(
            source ->
                response
                    .getHeaders()
                    .set(
                        SecurityHeadersFilter.CSP_HEADER,
                        SecurityHeadersFilter.CONTENT_SECURITY_POLICY.replace(
                            "form-action 'self';", "form-action 'self' " + source + ";")));
  }

  static Optional<String> source(String redirect) {
    try {
      URI uri = new URI(redirect);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if (!SAFE_SCHEME.matcher(scheme).matches()) {
        return Optional.empty();
      }
      if (uri.getHost() == null || scheme.equals("urn")) {
        return scheme.equals("urn") ? Optional.empty() : Optional.of(scheme + ":");
      }
      String host = uri.getHost();
      if (!SAFE_HOST.matcher(host).matches()) {
        return Optional.empty();
      }
      return Optional.of(scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
