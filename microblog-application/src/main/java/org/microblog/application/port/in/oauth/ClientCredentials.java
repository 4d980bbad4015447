package org.microblog.application.port.in.oauth;

/** An app's {@code client_id} and {@code client_secret} as a request carried them. */
public record ClientCredentials(String clientId, String clientSecret) {
  @Override
  public String toString() {
    return "ClientCredentials[" + clientId + "]";
  }
}
