package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/**
 * Two instances on one PostgreSQL database: both start at the same moment on an empty schema and
 * migrate it exactly once; a login made on one is honoured by the other; a post written on one is
 * on the other's timeline at once; failed logins on both count against one budget.
 */
class TwoInstancesTest {

  @Test
  void twoInstancesShareOneDatabaseAndNoState() throws Exception {
    try (PostgresSchema schema = PostgresSchema.createOrSkip()) {
      CountDownLatch ready = new CountDownLatch(2);
      CompletableFuture<EmbeddedServer> first = startTogether(schema.url(), ready);
      CompletableFuture<EmbeddedServer> second = startTogether(schema.url(), ready);
      try (EmbeddedServer a = first.get();
          EmbeddedServer b = second.get()) {
        assertThat(migrationsApplied(schema))
            .as("each migration once")
            .doesNotHaveDuplicates()
            .isNotEmpty();

        Browser onA = new Browser(a.getURI());
        onA.register("june", "8chars-ok");
        onA.logIn("june", "8chars-ok");
        assertThat(onA.post("/posts", Map.of("body", "written on A")).statusCode()).isEqualTo(303);

        Browser onB = onA.at(b.getURI());
        var home = onB.get("/");
        assertThat(home.statusCode()).as("login from A honoured on B").isEqualTo(200);
        assertThat(Browser.html(home).select("#current-user").text()).isEqualTo("june");
        assertThat(Browser.html(home).select(".post-body").eachText())
            .containsExactly("written on A");
      }
    }
  }

  @Test
  void failedLoginsSpreadOverBothInstancesSpendOneBudget() throws Exception {
    try (PostgresSchema schema = PostgresSchema.createOrSkip();
        EmbeddedServer a = Instances.start(schema.url());
        EmbeddedServer b = Instances.start(schema.url())) {
      Browser onA = new Browser(a.getURI());
      onA.register("kim", "8chars-ok");
      Browser attackerOnA = new Browser(a.getURI()).visit("/login");
      Browser attackerOnB = new Browser(b.getURI()).visit("/login");
      Map<String, String> guess = Map.of("username", "kim", "password", "wrong guess");
      for (Browser attacker : List.of(attackerOnA, attackerOnB, attackerOnA, attackerOnB)) {
        assertThat(attacker.post("/login", guess).statusCode()).isEqualTo(422);
      }
      assertThat(attackerOnA.post("/login", guess).statusCode()).as("the 5th").isEqualTo(422);

      assertThat(attackerOnA.post("/login", guess).statusCode()).as("6th on A").isEqualTo(429);
      assertThat(attackerOnB.post("/login", guess).statusCode()).as("6th on B").isEqualTo(429);
    }
  }

  @Test
  void aLogoutOnOneInstanceEndsTheCopiedCookieOnTheOtherWithinTwoSeconds() throws Exception {
    try (PostgresSchema schema = PostgresSchema.createOrSkip();
        EmbeddedServer a = Instances.start(schema.url());
        EmbeddedServer b = Instances.start(schema.url())) {
      Browser onA = new Browser(a.getURI());
      onA.register("lou", "8chars-ok");
      onA.logIn("lou", "8chars-ok");
      String cookie = onA.cookie("mb_session").orElseThrow().getValue();
      Browser copyOnB = new Browser(b.getURI()).withCookie("mb_session", cookie);
      assertThat(copyOnB.get("/").statusCode()).as("B has found the login valid").isEqualTo(200);

      assertThat(onA.post("/logout", Map.of()).statusCode()).isEqualTo(303);
      long loggedOut = System.nanoTime();
      int status = copyOnB.get("/").statusCode();
      while (status == 200 && System.nanoTime() - loggedOut < 2_000_000_000L) {
        Thread.sleep(50);
        status = copyOnB.get("/").statusCode();
      }
      long waitedMillis = (System.nanoTime() - loggedOut) / 1_000_000;

      assertThat(status).as("refused on B after " + waitedMillis + " ms").isEqualTo(303);
      assertThat(waitedMillis).isLessThan(2_000);
    }
  }

  private static CompletableFuture<EmbeddedServer> startTogether(String url, CountDownLatch ready) {
    return CompletableFuture.supplyAsync(
        () -> {
          ready.countDown();
          try {
            ready.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Instances.start(url);
        });
  }

  private static List<String> migrationsApplied(PostgresSchema schema) throws Exception {
    List<String> versions = new ArrayList<>();
    try (Connection connection = schema.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    }
    return versions;
  }
}
