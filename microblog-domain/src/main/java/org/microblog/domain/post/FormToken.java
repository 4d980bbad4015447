package org.microblog.domain.post;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The random token of one rendered post form. Submitting the same form twice publishes one post:
 * the second submission finds the first one's post by this token, for {@link #LIFETIME}.
 */
public record FormToken(String value) {
  /**
   * How long a token names one post: an hour, as Mastodon keeps an API client's {@code
   * Idempotency-Key}, whose digest is such a token. A retry comes within seconds; a client that
   * reuses a fixed key hours later means a new post.
   */
  public static final Duration LIFETIME = Duration.ofHours(1);

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{16,64}");

  public FormToken {
    if (value == null || !WELL_FORMED.matcher(value).matches()) {
      throw new IllegalArgumentException("malformed form token");
    }
  }

  /** A token from outside, if it is well formed; anything else is as good as none. */
  public static Optional<FormToken> parse(String raw) {
    return raw != null && WELL_FORMED.matcher(raw).matches()
        ? Optional.of(new FormToken(raw))
        : Optional.empty();
  }
}
