package org.microblog.domain.user;

import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/** What a person says about themselves on their profile: at most 280 characters, may be empty. */
public record AboutMe(String value) {
  public static final int MAX_LENGTH = 280;

  public AboutMe {
    value = Text.orEmpty(value).strip();
    if (Text.length(value) > MAX_LENGTH) {
      throw DomainException.invalid(
          "about.length", "About me must be at most " + MAX_LENGTH + " characters.");
    }
    if (Text.hasControlCharacters(value)) {
      throw DomainException.invalid("about.characters", "About me contains invalid characters.");
    }
  }

  public static AboutMe empty() {
    return new AboutMe("");
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public String toString() {
    return value;
  }
}
