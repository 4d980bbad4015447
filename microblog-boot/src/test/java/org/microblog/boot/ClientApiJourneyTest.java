package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EventStream;
import org.microblog.adapter.web.testing.EventStream.ServerEvent;

/** The logged-in client API over HTTP with real OAuth tokens, the real wiring and H2. */
@MicronautTest
class ClientApiJourneyTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  private record Person(String id, String token, ApiClient app, Browser browser) {}

  private Person person(String name, String scopes) {
    Browser browser = new Browser(server.getURI());
    assertThat(browser.register(name, "password of " + name).statusCode()).isEqualTo(303);
    browser = browser.logIn(name, "password of " + name);
    ApiClient app = ApiClient.register(server.getURI(), json, "read write follow");
    String token = app.tokenFor(browser, scopes);
    HttpResponse<String> me = app.get("/api/v1/accounts/verify_credentials", token);
    String id = me.statusCode() == 200 ? (String) app.map(me).get("id") : null;
    return new Person(id, token, app, browser);
  }

  private Map<String, Object> post(Person who, String text) {
    HttpResponse<String> posted =
        who.app().post("/api/v1/statuses", who.token(), Map.of("status", text));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    return who.app().map(posted);
  }

  @Test
  void verifyCredentialsShowsThePersonWithTheirSource() {
    Person ann = person("capiann", "read write follow");
    HttpResponse<String> me = ann.app().get("/api/v1/accounts/verify_credentials", ann.token());

    assertThat(me.statusCode()).isEqualTo(200);
    Map<String, Object> body = ann.app().map(me);
    assertThat(body).containsEntry("username", "capiann").containsKey("source");
    assertThat(body.get("id")).asString().matches("\\d+");
    assertThat(body.get("created_at")).asString().matches(".*T.*\\.\\d{3}Z");
  }

  @Test
  void postsRepliesWithWarningsAndHonoursTheIdempotencyKey() {
    Person ben = person("capiben", "read write");
    Map<String, Object> first = post(ben, "Hello from the API");
    HttpResponse<String> json1 =
        ben.app()
            .send(
                "POST",
                "/api/v1/statuses",
                ben.token(),
                "application/json",
                "{\"status\":\"a reply\",\"in_reply_to_id\":\""
                    + first.get("id")
                    + "\",\"spoiler_text\":\"cw\"}");
    assertThat(json1.statusCode()).as(json1.body()).isEqualTo(200);
    assertThat(ben.app().map(json1))
        .containsEntry("in_reply_to_id", first.get("id"))
        .containsEntry("spoiler_text", "cw")
        .containsEntry("sensitive", true);

    Map<String, String> headers =
        Map.of(
            "Authorization", "Bearer " + ben.token(),
            "Content-Type", "application/x-www-form-urlencoded",
            "Idempotency-Key", "same-key");
    HttpResponse<String> once =
        ben.app().sendWithHeaders("POST", "/api/v1/statuses", headers, "status=once");
    HttpResponse<String> twice =
        ben.app().sendWithHeaders("POST", "/api/v1/statuses", headers, "status=once");
    assertThat(ben.app().map(once).get("id")).isEqualTo(ben.app().map(twice).get("id"));

    HttpResponse<String> empty =
        ben.app().post("/api/v1/statuses", ben.token(), Map.of("status", " "));
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(ben.app().map(empty)).containsKey("error");
    HttpResponse<String> badParent =
        ben.app()
            .post("/api/v1/statuses", ben.token(), Map.of("status", "x", "in_reply_to_id", "abc"));
    assertThat(badParent.statusCode()).isEqualTo(404);
  }

  @Test
  void homeTimelineFavouritesBoostsAndDeletion() {
    Person cat = person("capicat", "read write follow");
    Person dan = person("capidan", "read write follow");
    Map<String, Object> dans = post(dan, "dan speaks");
    assertThat(
            cat.app()
                .post("/api/v1/accounts/" + dan.id() + "/follow", cat.token(), Map.of())
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> home = cat.app().get("/api/v1/timelines/home?limit=1", cat.token());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(cat.app().list(home)).extracting(s -> s.get("id")).containsExactly(dans.get("id"));
    assertThat(home.headers().firstValue("Link")).isPresent();

    String id = (String) dans.get("id");
    HttpResponse<String> fav =
        cat.app().post("/api/v1/statuses/" + id + "/favourite", cat.token(), Map.of());
    assertThat(cat.app().map(fav))
        .containsEntry("favourited", true)
        .containsEntry("favourites_count", 1);
    HttpResponse<String> unfav =
        cat.app().post("/api/v1/statuses/" + id + "/unfavourite", cat.token(), Map.of());
    assertThat(cat.app().map(unfav)).containsEntry("favourited", false);
    HttpResponse<String> boost =
        cat.app().post("/api/v1/statuses/" + id + "/reblog", cat.token(), Map.of());
    assertThat(cat.app().map(boost))
        .containsEntry("reblogged", true)
        .containsEntry("reblogs_count", 1);
    assertThat(
            cat.app()
                .map(cat.app().post("/api/v1/statuses/" + id + "/unreblog", cat.token(), Map.of())))
        .containsEntry("reblogged", false);

    HttpResponse<String> notifications = dan.app().get("/api/v1/notifications", dan.token());
    assertThat(notifications.statusCode()).isEqualTo(200);
    assertThat(dan.app().list(notifications))
        .extracting(n -> n.get("type"))
        .contains("follow", "favourite");

    HttpResponse<String> notMine = cat.app().delete("/api/v1/statuses/" + id, cat.token());
    assertThat(notMine.statusCode()).isEqualTo(403);
    assertThat(dan.app().delete("/api/v1/statuses/" + id, dan.token()).statusCode()).isEqualTo(200);
    assertThat(dan.app().get("/api/v1/statuses/" + id, null).statusCode()).isEqualTo(404);
  }

  @Test
  void editsHistoriesFavouritersBoostersMentionsAndPostCounts() {
    Person jon = person("capijon", "read write follow");
    Person kim = person("capikim", "read write follow");
    String id = (String) post(jon, "hello @CapiKim").get("id");
    kim.app().post("/api/v1/statuses/" + id + "/favourite", kim.token(), Map.of());
    kim.app().post("/api/v1/statuses/" + id + "/reblog", kim.token(), Map.of());

    Map<String, Object> status = jon.app().map(jon.app().get("/api/v1/statuses/" + id, null));
    assertThat(status.get("edited_at")).isNull();
    assertThat(status.get("mentions").toString())
        .contains("id=" + kim.id())
        .contains("username=capikim");
    Map<String, Object> author = jon.app().map(jon.app().get("/api/v1/accounts/" + jon.id(), null));
    assertThat(author.get("statuses_count")).isEqualTo(1);
    assertThat(author.get("last_status_at").toString()).matches("\\d{4}-\\d{2}-\\d{2}");

    assertThat(
            kim.app()
                .put("/api/v1/statuses/" + id, kim.token(), Map.of("status", "mine now"))
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> edited =
        jon.app()
            .put(
                "/api/v1/statuses/" + id,
                jon.token(),
                Map.of("status", "hello again", "spoiler_text", "cw", "language", "en"));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(jon.app().map(edited))
        .containsEntry("spoiler_text", "cw")
        .containsEntry("favourites_count", 1);
    assertThat(jon.app().map(edited).get("edited_at")).isNotNull();

    List<Map<String, Object>> history =
        jon.app().list(jon.app().get("/api/v1/statuses/" + id + "/history", null));
    assertThat(history).extracting(v -> v.get("spoiler_text")).containsExactly("", "cw");
    assertThat(history.get(0).get("content").toString())
        .contains("hello <a href=")
        .contains("@CapiKim</a>");

    for (String list : List.of("favourited_by", "reblogged_by")) {
      HttpResponse<String> people =
          jon.app().get("/api/v1/statuses/" + id + "/" + list, jon.token());
      assertThat(jon.app().list(people)).extracting(a -> a.get("id")).containsExactly(kim.id());
      assertThat(people.headers().firstValue("Link")).isPresent();
    }
    assertThat(
            kim.app()
                .map(kim.app().get("/api/v1/accounts/" + kim.id(), null))
                .get("statuses_count"))
        .as("the boost counts")
        .isEqualTo(1);
    kim.app().post("/api/v1/statuses/" + id + "/unreblog", kim.token(), Map.of());
    assertThat(
            kim.app()
                .map(kim.app().get("/api/v1/accounts/" + kim.id(), null))
                .get("statuses_count"))
        .isEqualTo(0);
    assertThat(new Browser(server.getURI()).get("/users/capijon").body())
        .contains("<span id=\"posts\">1</span> post<");
  }

  @Test
  void followsAndRelationships() {
    Person eve = person("capieve", "read write follow");
    Person fay = person("capifay", "read write follow");
    eve.app().post("/api/v1/accounts/" + fay.id() + "/follow", eve.token(), Map.of());

    HttpResponse<String> relationships =
        eve.app()
            .get(
                "/api/v1/accounts/relationships?id[]=" + fay.id() + "&id[]=999999&id[]=abc",
                eve.token());
    assertThat(relationships.statusCode()).isEqualTo(200);
    assertThat(eve.app().list(relationships))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r).containsEntry("following", true).containsEntry("followed_by", false));
    HttpResponse<String> self =
        eve.app().post("/api/v1/accounts/" + eve.id() + "/follow", eve.token(), Map.of());
    assertThat(self.statusCode()).isEqualTo(422);
    HttpResponse<String> unfollowed =
        eve.app().post("/api/v1/accounts/" + fay.id() + "/unfollow", eve.token(), Map.of());
    assertThat(eve.app().map(unfollowed)).containsEntry("following", false);
    assertThat(eve.app().post("/api/v1/accounts/999999/follow", eve.token(), Map.of()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aTokenWithoutTheScopeGets403AndNoTokenOrAGarbledOneGets401() {
    Person gus = person("capigus", "read");

    HttpResponse<String> refused =
        gus.app().post("/api/v1/statuses", gus.token(), Map.of("status", "x"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(gus.app().map(refused)).containsKey("error");
    assertThat(gus.app().get("/api/v1/timelines/home", null).statusCode()).isEqualTo(401);
    assertThat(gus.app().get("/api/v1/timelines/home", "x".repeat(43)).statusCode()).isEqualTo(401);
    assertThat(gus.app().get("/api/v1/timelines/home", "<script>").statusCode()).isEqualTo(401);
    assertThat(
            gus.app()
                .sendWithHeaders(
                    "GET",
                    "/api/v1/timelines/home",
                    Map.of("Authorization", "Basic Zm9vOmJhcg=="),
                    null)
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void anAppTokenActsForNoPerson() {
    ApiClient app = ApiClient.register(server.getURI(), json, "read");
    HttpResponse<String> token =
        app.post(
            "/oauth/token",
            null,
            Map.of(
                "grant_type", "client_credentials",
                "client_id", app.clientId,
                "client_secret", app.clientSecret));
    String bearer = (String) app.map(token).get("access_token");

    assertThat(app.get("/api/v1/accounts/verify_credentials", bearer).statusCode()).isEqualTo(403);
    assertThat(app.get("/api/v1/apps/verify_credentials", bearer).statusCode()).isEqualTo(200);
  }

  @Test
  void theStartUpBurstSucceeds() {
    Person hal = person("capihal", "read write follow");
    for (String path :
        List.of(
            "/api/v1/preferences",
            "/api/v1/markers?timeline[]=home",
            "/api/v1/custom_emojis",
            "/api/v1/filters",
            "/api/v2/filters",
            "/api/v1/lists",
            "/api/v1/announcements",
            "/api/v1/notifications",
            "/api/v1/timelines/home",
            "/api/v2/instance")) {
      assertThat(hal.app().get(path, hal.token()).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void theApiSetsNoCookies() {
    Person ivy = person("capiivy", "read write");
    HttpResponse<String> answer = ivy.app().get("/api/v1/timelines/home", ivy.token());
    assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void theUserStreamCarriesFolloweesPostsNotificationsAndDeletionsButNothingMuted()
      throws Exception {
    Person joy = person("capijoy", "read write follow");
    Person kit = person("capikit", "read write follow");
    Person lee = person("capilee", "read write follow");
    for (Person followee : List.of(kit, lee)) {
      joy.app().post("/api/v1/accounts/" + followee.id() + "/follow", joy.token(), Map.of());
    }
    assertThat(joy.browser().post("/users/capilee/mute", Map.of()).statusCode()).isEqualTo(303);
    Duration within = Duration.ofSeconds(10);

    try (EventStream stream =
        EventStream.open(
            HttpClient.newHttpClient(),
            HttpRequest.newBuilder(
                    server
                        .getURI()
                        .resolve("/api/v1/streaming?stream=user&access_token=" + joy.token()))
                .GET()
                .build())) {
      assertThat(stream.statusCode()).isEqualTo(200);
      assertThat(stream.header("X-RateLimit-Remaining")).isPresent();
      assertThat(stream.header("Access-Control-Allow-Origin")).contains("*");

      post(lee, "muted words");
      String kits = (String) post(kit, "hello joy").get("id");
      ServerEvent update = stream.next(within).orElseThrow();
      assertThat(update.name()).isEqualTo("update");
      Map<String, Object> status = joy.app().json(update.data());
      assertThat(status).containsEntry("id", kits).containsEntry("content", "<p>hello joy</p>");

      kit.app().post("/api/v1/accounts/" + joy.id() + "/follow", kit.token(), Map.of());
      ServerEvent notification = stream.next(within).orElseThrow();
      assertThat(notification.name()).isEqualTo("notification");
      assertThat(joy.app().json(notification.data())).containsEntry("type", "follow");

      assertThat(kit.app().delete("/api/v1/statuses/" + kits, kit.token()).statusCode())
          .isEqualTo(200);
      assertThat(stream.next(within)).contains(new ServerEvent("delete", kits));

      String joys = (String) post(joy, "my own words").get("id");
      ServerEvent own = stream.next(within).orElseThrow();
      assertThat(joy.app().json(own.data())).containsEntry("id", joys);

      HttpResponse<String> revoked =
          joy.app()
              .post(
                  "/oauth/revoke",
                  null,
                  Map.of(
                      "client_id", joy.app().clientId,
                      "client_secret", joy.app().clientSecret,
                      "token", joy.token()));
      assertThat(revoked.statusCode()).isEqualTo(200);
      assertThat(stream.ended(within)).as("a revoked token's stream ends").isTrue();
    }
  }
}
