package org.microblog.adapter.web.filter;

import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The order of every HTTP filter of the web adapter, in one place: lower runs first on the way in
 * (and last on the way out). No two filters share a value, so their order never depends on chance.
 */
public final class FilterOrder {
  /** Outermost, so that the logged time and status are those the client saw. */
  public static final int ACCESS_LOG = ServerFilterPhase.FIRST.before();

  /** Headers for every response, error pages included. */
  public static final int SECURITY_HEADERS = ACCESS_LOG + 1;

  /** Gives the request its CSRF token before anything may render a page with a form. */
  public static final int CSRF_COOKIE = ServerFilterPhase.SECURITY.before();

  /** Refuses a state-changing request whose form token does not match its cookie. */
  public static final int CSRF_CHECK = CSRF_COOKIE + 1;

  /** After Micronaut Security has read the login cookie: is that login still valid? */
  public static final int LOGIN_VALIDITY = ServerFilterPhase.SECURITY.after();

  /** Only for logins found valid: writes down when the person was last active. */
  public static final int LAST_SEEN = LOGIN_VALIDITY + 1;

  // client API edge

  /**
   * Answers browsers' CORS preflights of the client API before security could refuse them (they
   * carry no token), and marks every answer, refusals included, as readable by other origins.
   */
  public static final int API_CORS = SECURITY_HEADERS + 1;

  /** After Micronaut Security has read the bearer token: the budget is the token's. */
  public static final int API_RATE_LIMIT = LAST_SEEN + 1;

  private FilterOrder() {}
}
