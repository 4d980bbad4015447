package org.microblog.application.service.limits;

/**
 * How much of each kind of request one account or address may make.
 *
 * @param failedLoginsPerMinute per account and per client address
 * @param registrationsPerHour accounts opened per client address
 * @param postsPerMinute per account
 */
public record RateLimitBudgets(
    int failedLoginsPerMinute, int registrationsPerHour, int postsPerMinute) {

  /** Mastodon-like budgets for a small public instance. */
  public static final RateLimitBudgets DEFAULTS = new RateLimitBudgets(5, 10, 30);

  public RateLimitBudgets {
    if (failedLoginsPerMinute < 1 || registrationsPerHour < 1 || postsPerMinute < 1) {
      throw new IllegalArgumentException("every budget allows at least one request");
    }
  }
}
