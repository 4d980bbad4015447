package org.microblog.application.port.in.oauth;

/** An OAuth request refused, with its error code and a description people can read. */
public final class OAuthRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final OAuthError error;

  public OAuthRefusal(OAuthError error, String description) {
    super(description, null, false, false);
    this.error = error;
  }

  public OAuthError error() {
    return error;
  }
}
