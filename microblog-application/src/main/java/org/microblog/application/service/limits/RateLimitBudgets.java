package org.microblog.application.service.limits;

/**
 * How much of each kind of request one account or address may make.
 *
 * @param failedLoginsPerMinute per account and per client address
 * @param registrationsPerHour accounts opened per client address
 * @param postsPerMinute per account
 * @param apiRequestsPerFiveMinutes client API requests per access token, or per client address for
 *     requests without one
 */
public record RateLimitBudgets(
    int failedLoginsPerMinute,
    int registrationsPerHour,
    int postsPerMinute,
    int apiRequestsPerFiveMinutes) {

  /** Mastodon's budget for its client API. */
  private static final int API_REQUESTS_PER_FIVE_MINUTES = 300;

  /** Mastodon-like budgets for a small public instance. */
  public static final RateLimitBudgets DEFAULTS =
      new RateLimitBudgets(5, 10, 30, API_REQUESTS_PER_FIVE_MINUTES);

  public RateLimitBudgets {
    if (failedLoginsPerMinute < 1
        || registrationsPerHour < 1
        || postsPerMinute < 1
        || apiRequestsPerFiveMinutes < 1) {
      throw new IllegalArgumentException("every budget allows at least one request");
    }
  }

  /** The budgets of pages and forms, with the client API's default budget. */
  public RateLimitBudgets(int failedLoginsPerMinute, int registrationsPerHour, int postsPerMinute) {
    this(
        failedLoginsPerMinute, registrationsPerHour, postsPerMinute, API_REQUESTS_PER_FIVE_MINUTES);
  }
}
