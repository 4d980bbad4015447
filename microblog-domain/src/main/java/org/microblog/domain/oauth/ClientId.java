package org.microblog.domain.oauth;

import java.util.regex.Pattern;
import org.microblog.domain.shared.DomainException;

/** An app's public identifier ({@code client_id}): 43 Base64url characters, random. */
public record ClientId(String value) {
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

  public ClientId {
    if (value == null || !WELL_FORMED.matcher(value).matches()) {
      throw DomainException.invalid("oauth.client", "Unknown client.");
    }
  }
}
