package org.microblog.bench;

import java.util.SplittableRandom;

/**
 * A page under load: which request a virtual user sends next and which status means success (any
 * other status, a redirect to the login page included, counts as an error).
 */
record Scenario(String name, boolean loggedIn, int expectedStatus, Requests requests) {

  /** The next request of one virtual user. */
  interface Requests {
    byte[] next(Session session, int user, long sequence, SplittableRandom random);
  }

  static Scenario get(String name, boolean loggedIn, PathChooser paths, String hostHeader) {
    return new Scenario(
        name,
        loggedIn,
        200,
        (session, user, sequence, random) ->
            HttpConnection.request(
                "GET",
                paths.path(user, random),
                hostHeader,
                loggedIn ? session.cookieHeader() : "",
                null));
  }

  /** Chooses the path of a GET. */
  interface PathChooser {
    String path(int user, SplittableRandom random);
  }
}
