package org.microblog.domain.post;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The random token of one rendered post form. Submitting the same form twice publishes one post:
 * the second submission finds the first one's post by this token.
 */
public record FormToken(String value) {
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
