package org.microblog.domain.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import org.microblog.domain.shared.DomainException;

/**
 * The redirect URIs an app registers; an authorization may only send its code to one of these,
 * compared exactly. Each is absolute, without a fragment, at most {@value #MAX_LENGTH} characters;
 * {@value #OOB} means "show the code on a page to copy". Custom schemes (my.app://callback) are
 * allowed, as mobile apps use them; {@code javascript:} and {@code data:} are not.
 */
public record RedirectUris(List<String> values) {
  public static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
  public static final int MAX_LENGTH = 2000;
  public static final int MAX_COUNT = 10;

  public RedirectUris {
    if (values == null || values.isEmpty() || values.size() > MAX_COUNT) {
      throw invalid();
    }
    values.forEach(RedirectUris::check);
    values = List.copyOf(values);
  }

  /** One URI per line or separated by spaces, as Mastodon apps send several. */
  public static RedirectUris parse(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH * MAX_COUNT) {
      throw invalid();
    }
    return new RedirectUris(
        Arrays.stream(text.strip().split("\\s+")).distinct().filter(s -> !s.isEmpty()).toList());
  }

  /** Whether the code may go to {@code uri}: exactly one of the registered ones. */
  public boolean allows(String uri) {
    return uri != null && values.contains(uri);
  }

  /** As Mastodon shows them: one per line. */
  public String text() {
    return String.join("\n", values);
  }

  public static boolean isOob(String uri) {
    return OOB.equals(uri);
  }

  private static void check(String uri) {
    if (isOob(uri)) {
      return;
    }
    if (uri == null || uri.length() > MAX_LENGTH) {
      throw invalid();
    }
    try {
      URI parsed = new URI(uri);
      String scheme = parsed.getScheme();
      if (!parsed.isAbsolute()
          || parsed.getRawFragment() != null
          || scheme == null
          || List.of("javascript", "data", "vbscript", "file").contains(scheme.toLowerCase())
          || uri.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
        throw invalid();
      }
    } catch (URISyntaxException e) {
      throw invalid();
    }
  }

  private static DomainException invalid() {
    return DomainException.invalid(
        "oauth.redirect-uri",
        "The redirect URI must be absolute, without a fragment, at most 2000 characters.");
  }
}
