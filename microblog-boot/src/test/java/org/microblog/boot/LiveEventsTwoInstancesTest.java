package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EventStream;
import org.microblog.adapter.web.testing.EventStream.ServerEvent;

/**
 * Two instances on one PostgreSQL, each remembering a valid login for a whole minute: what happens
 * on one reaches the other through the event bus at once, not when that memory runs out. A mention
 * written through A reaches a page's live stream on B within two seconds, and a password change on
 * A ends the person's other login on B at once. An app's stream on B hears of a post and its
 * deletion made through A.
 */
class LiveEventsTwoInstancesTest {
  private static final Map<String, Object> LONG_MEMORY =
      Map.of("microblog.login-check-cache", "60s");
  private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

  @Test
  void aMentionThroughOneInstanceReachesAStreamOnTheOtherWithinTwoSeconds() throws Exception {
    try (PostgresSchema schema = PostgresSchema.createOrSkip();
        EmbeddedServer a = Instances.start(schema.url(), LONG_MEMORY);
        EmbeddedServer b = Instances.start(schema.url(), LONG_MEMORY)) {
      Browser aliceOnB = new Browser(b.getURI());
      aliceOnB.register("alice", "8chars-ok");
      aliceOnB.logIn("alice", "8chars-ok");
      Browser bobOnA = new Browser(a.getURI());
      bobOnA.register("bob", "8chars-ok");
      bobOnA.logIn("bob", "8chars-ok");

      try (EventStream stream = aliceOnB.events("/events")) {
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.next(TWO_SECONDS).orElseThrow().data())
            .contains("\"notifications\":\"\"");

        long sent = System.nanoTime();
        assertThat(bobOnA.post("/posts", Map.of("body", "hello @alice")).statusCode())
            .isEqualTo(303);
        ServerEvent counts = stream.next(TWO_SECONDS).orElseThrow();
        long tookMillis = (System.nanoTime() - sent) / 1_000_000;

        assertThat(counts.name()).isEqualTo("counts");
        assertThat(counts.data())
            .contains("\"notifications\":\"1\"")
            .contains("1 unread notification");
        assertThat(tookMillis).as("from the post's answer to the event").isLessThan(2_000);
      }
    }
  }

  @Test
  void aPasswordChangeOnOneInstanceEndsTheOtherLoginOnTheOtherAtOnce() throws Exception {
    try (PostgresSchema schema = PostgresSchema.createOrSkip();
        EmbeddedServer a = Instances.start(schema.url(), LONG_MEMORY);
        EmbeddedServer b = Instances.start(schema.url(), LONG_MEMORY)) {
      Browser onA = new Browser(a.getURI());
      onA.register("cleo", "8chars-ok");
      onA.logIn("cleo", "8chars-ok");
      Browser otherOnB = new Browser(b.getURI()).logIn("cleo", "8chars-ok");
      assertThat(otherOnB.get("/").statusCode()).as("B remembers the login").isEqualTo(200);
      EventStream stream = otherOnB.events("/events");
      assertThat(stream.next(TWO_SECONDS)).isPresent();

      assertThat(
              onA.post(
                      "/settings/account/password",
                      Map.of(
                          "current", "8chars-ok",
                          "password", "a brand new password",
                          "confirm", "a brand new password"))
                  .statusCode())
          .isEqualTo(303);
      long changed = System.nanoTime();
      int status = otherOnB.get("/").statusCode();
      while (status == 200 && System.nanoTime() - changed < 2_000_000_000L) {
        Thread.sleep(20);
        status = otherOnB.get("/").statusCode();
      }
      long waitedMillis = (System.nanoTime() - changed) / 1_000_000;

      assertThat(status).as("refused on B after " + waitedMillis + " ms").isEqualTo(303);
      assertThat(waitedMillis).as("not the minute B would remember it").isLessThan(500);
      assertThat(stream.ended(TWO_SECONDS)).as("B's open stream ends too").isTrue();
      stream.close();
    }
  }

  @Test
  void anAppsStreamOnOneInstanceHearsOfPostsAndDeletionsThroughTheOther() throws Exception {
    try (PostgresSchema schema = PostgresSchema.createOrSkip();
        EmbeddedServer a = Instances.start(schema.url(), LONG_MEMORY);
        EmbeddedServer b = Instances.start(schema.url(), LONG_MEMORY)) {
      JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
      Browser joyOnB = new Browser(b.getURI());
      joyOnB.register("joy", "8chars-ok");
      joyOnB = joyOnB.logIn("joy", "8chars-ok");
      ApiClient joysApp = ApiClient.register(b.getURI(), json, "read write follow");
      String joys = joysApp.tokenFor(joyOnB, "read write follow");
      Browser kitOnA = new Browser(a.getURI());
      kitOnA.register("kit", "8chars-ok");
      kitOnA = kitOnA.logIn("kit", "8chars-ok");
      ApiClient kitsApp = ApiClient.register(a.getURI(), json, "read write follow");
      String kits = kitsApp.tokenFor(kitOnA, "read write follow");
      String kitId =
          (String) joysApp.map(joysApp.get("/api/v1/accounts/lookup?acct=kit", joys)).get("id");
      joysApp.post("/api/v1/accounts/" + kitId + "/follow", joys, Map.of());

      try (EventStream stream =
          EventStream.open(
              HttpClient.newHttpClient(),
              HttpRequest.newBuilder(
                      b.getURI().resolve("/api/v1/streaming/user?access_token=" + joys))
                  .GET()
                  .build())) {
        assertThat(stream.statusCode()).isEqualTo(200);
        String id =
            (String)
                kitsApp
                    .map(kitsApp.post("/api/v1/statuses", kits, Map.of("status", "from A")))
                    .get("id");

        ServerEvent update = stream.next(TWO_SECONDS).orElseThrow();
        assertThat(update.name()).isEqualTo("update");
        assertThat(joysApp.json(update.data())).containsEntry("id", id);

        assertThat(kitsApp.delete("/api/v1/statuses/" + id, kits).statusCode()).isEqualTo(200);
        assertThat(stream.next(TWO_SECONDS)).contains(new ServerEvent("delete", id));
      }
    }
  }
}
