package org.microblog.boot;

/** Lets the architecture fixture point at a boot class from another package. */
public final class BcryptPasswordHasherAccess {
  private BcryptPasswordHasherAccess() {}

  public static String name() {
    return BcryptPasswordHasher.class.getName();
  }
}
