package org.microblog.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what stopped Micronaut from starting into one sentence an operator can act on. Known causes
 * (a newer database, a failed migration, a full disk, a database held by another process) get their
 * own words; anything else is named by its innermost cause, without a stack trace.
 */
final class StartupFailure {
  private StartupFailure() {}

  static String describe(Throwable failure) {
    List<Throwable> chain = causes(failure);
    for (Throwable cause : chain) {
      String message = messageOf(cause);
      if (message.contains("No space left on device")) {
        return "the disk is full (" + firstLine(message) + "); free some space and start again.";
      }
      if (message.contains("not resolved locally")) {
        return "the database was written by a newer version of Microblog ("
            + firstLine(message).replaceFirst("(?s).*(Detected applied migration[^\\n]*).*", "$1")
            + "); run that version, or restore a backup made with this one.";
      }
      if (message.toLowerCase(Locale.ROOT).contains("already in use")) {
        return "the database is in use by another process (is Microblog already running on this"
            + " data folder?).";
      }
      if (cause.getClass().getName().startsWith("org.flywaydb")
          && message.toLowerCase(Locale.ROOT).contains("migration")) {
        return "the database could not be migrated to this version ("
            + flywayReason(message)
            + "); nothing was changed.";
      }
    }
    Throwable innermost = chain.get(chain.size() - 1);
    return "startup failed: "
        + innermost.getClass().getSimpleName()
        + ": "
        + firstLine(messageOf(innermost));
  }

  /** Flyway's message spans many lines; the failed script and the database's error suffice. */
  private static String flywayReason(String message) {
    String script = "";
    String error = "";
    for (String line : message.lines().toList()) {
      String trimmed = line.strip();
      if (script.isEmpty() && trimmed.startsWith("Migration ")) {
        script = trimmed;
      }
      if (error.isEmpty() && trimmed.startsWith("Message")) {
        error = trimmed.replaceFirst("^Message\\s*:\\s*", "");
      }
    }
    String reason = (script + (error.isEmpty() ? "" : ": " + error)).strip();
    return reason.isEmpty() ? firstLine(message) : reason;
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static String messageOf(Throwable t) {
    return t.getMessage() == null ? "" : t.getMessage();
  }

  private static String firstLine(String message) {
    return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
  }
}
