package org.microblog.boot;

/**
 * A reason not to start that the operator can act on, worded as one sentence. {@link Application}
 * prints it as one line on standard error and exits with {@link #EXIT_STATUS}, before anything in
 * the data folder or the database has been changed.
 */
public final class StartupRefusal extends RuntimeException {
  public static final int EXIT_STATUS = 2;
  private static final long serialVersionUID = 1L;

  public StartupRefusal(String reason) {
    super(reason);
  }
}
