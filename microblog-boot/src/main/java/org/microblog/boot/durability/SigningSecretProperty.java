package org.microblog.boot.durability;

/** Where Micronaut holds the secret that signs login tokens (and derives the backup key). */
final class SigningSecretProperty {
  static final String NAME = "micronaut.security.token.jwt.signatures.secret.generator.secret";

  private SigningSecretProperty() {}
}
