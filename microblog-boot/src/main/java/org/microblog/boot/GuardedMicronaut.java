package org.microblog.boot;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.microblog.boot.durability.MigrationSafetyCopy;

/**
 * Micronaut, except that a failed start ends with one line on standard error instead of a logged
 * stack trace: an operator reading a container's log must see at once why it stopped.
 */
final class GuardedMicronaut extends Micronaut {
  static final int FAILED_START = 1;

  @Override
  protected void handleStartupException(Environment environment, Throwable exception) {
    if (exception instanceof StartupRefusal refusal) {
      Application.refuse(refusal);
    }
    // First, whatever the failure: a half-migrated embedded database gets its copy back.
    boolean untouched = MigrationSafetyCopy.putBackAfterFailedMigration();
    String reason = StartupFailure.describe(exception);
    if (!untouched) {
      reason =
          reason.replace(
              "; nothing was changed.",
              "; the copy taken before migrating is beside the database (*.before-migration.zip).");
    }
    System.err.println(Application.REFUSAL_PREFIX + reason);
    System.err.flush();
    // halt, not exit: shutdown hooks would close half-started beans and log their own errors.
    Runtime.getRuntime().halt(FAILED_START);
  }
}
