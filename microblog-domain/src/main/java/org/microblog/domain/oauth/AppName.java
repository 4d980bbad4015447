package org.microblog.domain.oauth;

import org.microblog.domain.shared.DomainException;

/** An app's name as people see it on the consent page: 1 to {@value #MAX_LENGTH} characters. */
public record AppName(String value) {
  public static final int MAX_LENGTH = 60;

  public AppName {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("oauth.app-name", "The app needs a name.");
    }
    value = value.strip();
    if (value.codePointCount(0, value.length()) > MAX_LENGTH
        || value.chars().anyMatch(Character::isISOControl)) {
      throw DomainException.invalid(
          "oauth.app-name", "The app name must be at most 60 characters on one line.");
    }
  }
}
