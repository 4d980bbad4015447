package org.microblog.domain.archfixture;

import io.micronaut.core.annotation.Introspected;

/**
 * A deliberate architecture violation, compiled only into tests: a "domain" class that uses the
 * framework and the boot module. {@code ArchitectureTest} proves its rules reject it.
 */
@Introspected
public final class DomainClassThatReachesOutwards {
  public String hasherName() {
    return org.microblog.boot.BcryptPasswordHasherAccess.name();
  }
}
