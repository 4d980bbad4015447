package org.microblog.application.port.in.oauth;

/** The error codes of OAuth 2.0 (RFC 6749, 5.2 and 4.1.2.1) that Microblog answers with. */
public enum OAuthError {
  INVALID_REQUEST,
  INVALID_CLIENT,
  INVALID_GRANT,
  UNAUTHORIZED_CLIENT,
  UNSUPPORTED_GRANT_TYPE,
  UNSUPPORTED_RESPONSE_TYPE,
  INVALID_SCOPE,
  ACCESS_DENIED;

  /** As it is written on the wire: {@code invalid_grant}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
