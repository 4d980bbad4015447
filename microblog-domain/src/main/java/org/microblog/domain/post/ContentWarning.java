package org.microblog.domain.post;

import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/**
 * A content warning (spoiler) that hides a post's body until the reader opens it: optional (empty
 * means none), at most 100 Unicode code points after trimming, no control characters other than
 * line breaks and tabs. Its form field is {@code spoiler}.
 */
public record ContentWarning(String value) {
  public static final int MAX_LENGTH = 100;

  public ContentWarning {
    value = Text.orEmpty(value).strip();
    if (Text.length(value) > MAX_LENGTH) {
      throw DomainException.invalid(
          "spoiler.length", "A content warning must be at most " + MAX_LENGTH + " characters.");
    }
    if (Text.hasControlCharacters(value)) {
      throw DomainException.invalid(
          "spoiler.characters", "The content warning contains invalid characters.");
    }
  }

  /** No content warning: the body shows at once. */
  public static ContentWarning none() {
    return new ContentWarning("");
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public String toString() {
    return value;
  }
}
