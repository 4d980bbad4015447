package org.microblog.bench;

import java.util.function.LongSupplier;

/** The pages and forms that a load run measures, by name. */
final class Scenarios {
  private final String hostHeader;
  private final int users;
  private final int connections;
  private final String password;
  private final Zipf popular;
  private final LongSupplier deepCursor;

  Scenarios(
      String hostHeader,
      int users,
      int connections,
      String password,
      Zipf popular,
      LongSupplier deepCursor) {
    this.hostHeader = hostHeader;
    this.users = users;
    this.connections = connections;
    this.password = password;
    this.popular = popular;
    this.deepCursor = deepCursor;
  }

  Scenario named(String name) {
    return switch (name) {
      case "login" -> Scenario.get(name, false, (u, r) -> "/login", hostHeader);
      case "home" -> Scenario.get(name, true, (u, r) -> "/", hostHeader);
      // The same home timeline through the client API, with each virtual user's bearer token.
      case "api-home" ->
          new Scenario(
              name,
              true,
              200,
              (session, user, sequence, random) ->
                  HttpConnection.request(
                      "GET",
                      "/api/v1/timelines/home",
                      hostHeader,
                      "application/json",
                      session.authorizationHeader(),
                      null));
      case "home-deep" ->
          Scenario.get(name, true, (u, r) -> "/?before=" + deepCursor.getAsLong(), hostHeader);
      case "explore" -> Scenario.get(name, true, (u, r) -> "/explore", hostHeader);
      // The seeder tags every 25th post #bench.
      case "tag" -> Scenario.get(name, true, (u, r) -> "/tags/bench", hostHeader);
      // The seeder answers its oldest post with 200 replies; the page shows the first 20.
      case "thread" ->
          Scenario.get(name, true, (u, r) -> "/posts/" + Seeder.THREAD_ROOT, hostHeader);
      // Every seeded user has notifications (followers, and replies for the thread's author).
      case "notifications" -> Scenario.get(name, true, (u, r) -> "/notifications", hostHeader);
      // PostTexts: a rare word (a post in 10,000) and a common one (a third of the posts or more).
      case "search-rare" ->
          Scenario.get(name, true, (u, r) -> "/search?q=" + PostTexts.RARE_WORD, hostHeader);
      case "search-common" -> Scenario.get(name, true, (u, r) -> "/search?q=coffee", hostHeader);
      case "explore-deep" ->
          Scenario.get(
              name, true, (u, r) -> "/explore?before=" + deepCursor.getAsLong(), hostHeader);
      // Half the visits go to popular profiles, half to anyone's.
      case "profile" ->
          Scenario.get(
              name,
              true,
              (u, r) -> "/users/user" + (r.nextBoolean() ? popular.next(r) : r.nextInt(users)),
              hostHeader);
      case "publish" ->
          new Scenario(
              name,
              true,
              303,
              (session, user, sequence, random) ->
                  HttpConnection.request(
                      "POST",
                      "/posts",
                      hostHeader,
                      session.cookieHeader(),
                      "csrfToken="
                          + session.csrfToken
                          + "&body="
                          + Session.encode("Benchmark post " + sequence + " of user " + user)));
      // Logging in costs one bcrypt comparison by design, so it is reported on its own.
      case "login-post" ->
          new Scenario(
              name,
              false,
              303,
              (session, user, sequence, random) ->
                  HttpConnection.request(
                      "POST",
                      "/login",
                      hostHeader,
                      session.cookieHeader(),
                      session.loginForm(userName(user, users, connections), password)));
      default -> throw new IllegalArgumentException("unknown scenario " + name);
    };
  }

  /** Virtual user i is a different seeded user, spread over the whole population. */
  static String userName(int virtualUser, int users, int connections) {
    return "user" + ((long) virtualUser * users / connections);
  }
}
