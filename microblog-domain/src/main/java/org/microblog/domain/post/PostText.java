package org.microblog.domain.post;

import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/** The body of a post: 1 to 280 Unicode code points after trimming. */
public record PostText(String value) {
  public static final int MAX_LENGTH = 280;

  public PostText {
    value = Text.orEmpty(value).strip();
    if (value.isEmpty()) {
      throw DomainException.invalid("body.empty", "A post cannot be empty.");
    }
    if (Text.length(value) > MAX_LENGTH) {
      throw DomainException.invalid(
          "body.length", "A post must be at most " + MAX_LENGTH + " characters.");
    }
    if (Text.hasControlCharacters(value)) {
      throw DomainException.invalid("body.characters", "The post contains invalid characters.");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
