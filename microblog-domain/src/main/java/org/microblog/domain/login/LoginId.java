package org.microblog.domain.login;

import java.util.regex.Pattern;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.shared.DomainException;

/**
 * Names one login record: 132 random bits as 22 Base64url characters. It travels inside the signed
 * login cookie and in the "end" buttons of the sessions page; it opens nothing by itself, since a
 * cookie must also be signed and the page checks the owner.
 */
public record LoginId(String value) {
  public static final int LENGTH = 22;
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

  public LoginId {
    if (value == null || !WELL_FORMED.matcher(value).matches()) {
      throw unknown();
    }
  }

  /**
   * The refusal for an id that names no login of the person asking: malformed, ended, not theirs.
   */
  public static DomainException unknown() {
    return DomainException.notFound("login.unknown", "There is no such login.");
  }

  /** A fresh id from a random token. */
  public static LoginId from(TokenValue random) {
    return new LoginId(random.value().substring(0, LENGTH));
  }
}
