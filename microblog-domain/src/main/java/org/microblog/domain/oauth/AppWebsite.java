package org.microblog.domain.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.microblog.domain.shared.DomainException;

/** An app's website, shown as a link: http or https, at most {@value #MAX_LENGTH} characters. */
public record AppWebsite(String value) {
  public static final int MAX_LENGTH = 2000;

  public AppWebsite {
    if (value == null || value.length() > MAX_LENGTH) {
      throw invalid();
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw invalid();
      }
    } catch (URISyntaxException e) {
      throw invalid();
    }
  }

  /** No website for a missing or blank one. */
  public static Optional<AppWebsite> parse(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(new AppWebsite(text));
  }

  private static DomainException invalid() {
    return DomainException.invalid(
        "oauth.website", "The website must be an http or https address.");
  }
}
