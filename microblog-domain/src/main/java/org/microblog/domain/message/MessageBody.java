package org.microblog.domain.message;

import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/**
 * What a private message says: 1 to {@value #MAX_LENGTH} Unicode code points after trimming, as a
 * person counts them (the same counting as a post's text, with its own, longer limit).
 */
public record MessageBody(String value) {
  public static final int MAX_LENGTH = 1000;

  public MessageBody {
    value = Text.orEmpty(value).strip();
    if (value.isEmpty()) {
      throw DomainException.invalid("body.empty", "A message cannot be empty.");
    }
    if (Text.length(value) > MAX_LENGTH) {
      throw DomainException.invalid(
          "body.length", "A message must be at most " + MAX_LENGTH + " characters.");
    }
    if (Text.hasControlCharacters(value)) {
      throw DomainException.invalid("body.characters", "The message contains invalid characters.");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
