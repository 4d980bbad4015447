package org.microblog.domain.job;

/**
 * What a job does, and how hard it tries: how many attempts before it fails for good, and whether
 * one account may have only one of its kind queued or running at a time.
 */
public enum JobKind {
  /** Writes an account's export archive. One at a time per account. */
  EXPORT(3, true),
  /** Tells the old address that the account now uses another one. */
  EMAIL_CHANGED_MAIL(8, false),
  /** Tells the person that their export is ready to download. */
  EXPORT_READY_MAIL(8, false);

  private final int maxAttempts;
  private final boolean onePerAccount;

  JobKind(int maxAttempts, boolean onePerAccount) {
    this.maxAttempts = maxAttempts;
    this.onePerAccount = onePerAccount;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public boolean onePerAccount() {
    return onePerAccount;
  }
}
