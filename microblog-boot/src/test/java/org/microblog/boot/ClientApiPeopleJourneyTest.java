package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/**
 * The client API's personal endpoints end to end, with real tokens, the real wiring and H2:
 * notifications filtered, dismissed and cleared, markers saved, the about me changed, people
 * blocked and muted; one person's token never reaches another's notifications or markers.
 */
@MicronautTest
class ClientApiPeopleJourneyTest {
  private static final String FORM = "application/x-www-form-urlencoded";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  private record Person(String id, String token, ApiClient app) {}

  private Person person(String name) {
    Browser browser = new Browser(server.getURI());
    assertThat(browser.register(name, "password of " + name).statusCode()).isEqualTo(303);
    browser = browser.logIn(name, "password of " + name);
    ApiClient app = ApiClient.register(server.getURI(), json, "read write follow");
    String token = app.tokenFor(browser, "read write follow");
    HttpResponse<String> me = app.get("/api/v1/accounts/verify_credentials", token);
    return new Person((String) app.map(me).get("id"), token, app);
  }

  private List<Map<String, Object>> notifications(Person who, String query) {
    HttpResponse<String> page = who.app().get("/api/v1/notifications" + query, who.token());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return who.app().list(page);
  }

  @Test
  void notificationsAreFilteredReadOneByOneDismissedAndClearedByTheirOwnerOnly() {
    Person kim = person("cappkim");
    Person lee = person("capplee");
    lee.app().post("/api/v1/accounts/" + kim.id() + "/follow", lee.token(), Map.of());
    HttpResponse<String> posted =
        kim.app().post("/api/v1/statuses", kim.token(), Map.of("status", "like me"));
    String status = (String) kim.app().map(posted).get("id");
    lee.app().post("/api/v1/statuses/" + status + "/favourite", lee.token(), Map.of());

    assertThat(notifications(kim, ""))
        .extracting(n -> n.get("type"))
        .containsExactly("favourite", "follow");
    assertThat(notifications(kim, "?types[]=follow"))
        .extracting(n -> n.get("type"))
        .containsExactly("follow");
    List<Map<String, Object>> likes = notifications(kim, "?exclude_types[]=follow&limit=1");
    assertThat(likes).extracting(n -> n.get("type")).containsExactly("favourite");
    String like = (String) likes.get(0).get("id");

    HttpResponse<String> one = kim.app().get("/api/v1/notifications/" + like, kim.token());
    assertThat(kim.app().map(one)).containsEntry("type", "favourite").containsKey("status");
    assertThat(lee.app().get("/api/v1/notifications/" + like, lee.token()).statusCode())
        .isEqualTo(404);
    assertThat(
            lee.app()
                .post("/api/v1/notifications/" + like + "/dismiss", lee.token(), Map.of())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            kim.app()
                .post("/api/v1/notifications/" + like + "/dismiss", kim.token(), Map.of())
                .statusCode())
        .isEqualTo(200);
    assertThat(notifications(kim, "")).extracting(n -> n.get("type")).containsExactly("follow");

    assertThat(lee.app().post("/api/v1/notifications/clear", lee.token(), Map.of()).statusCode())
        .isEqualTo(200);
    assertThat(notifications(kim, "")).as("lee's clear is lee's").hasSize(1);
    kim.app().post("/api/v1/notifications/clear", kim.token(), Map.of());
    assertThat(notifications(kim, "")).isEmpty();
  }

  @Test
  void markersAreStoredPerPersonWithAVersionThatCountsTheSaves() {
    Person max = person("cappmax");
    Person ned = person("cappned");

    max.app().send("POST", "/api/v1/markers", max.token(), FORM, "home[last_read_id]=5");
    HttpResponse<String> saved =
        max.app()
            .send(
                "POST",
                "/api/v1/markers",
                max.token(),
                "application/json",
                "{\"home\": {\"last_read_id\": \"9\"}, \"notifications\": {\"last_read_id\": 3}}");

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> read =
        max.app().get("/api/v1/markers?timeline[]=home&timeline[]=notifications", max.token());
    Map<String, Object> markers = max.app().map(read);
    @SuppressWarnings("unchecked")
    Map<String, Object> home = (Map<String, Object>) markers.get("home");
    assertThat(home).containsEntry("last_read_id", "9").containsEntry("version", 2);
    assertThat(home.get("updated_at")).asString().matches(".*T.*\\.\\d{3}Z");
    assertThat(markers).containsKey("notifications");
    assertThat(ned.app().get("/api/v1/markers?timeline[]=home", ned.token()).body())
        .isEqualTo("{}");
  }

  @Test
  void theAboutMeChangesThroughUpdateCredentialsWithTheProfileRules() {
    Person ola = person("cappola");

    HttpResponse<String> updated =
        ola.app()
            .send(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                ola.token(),
                FORM,
                "note=Tea+%26+cake&display_name=Ola");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(ola.app().map(updated).get("note")).isEqualTo("<p>Tea &amp; cake</p>");
    HttpResponse<String> me = ola.app().get("/api/v1/accounts/verify_credentials", ola.token());
    assertThat(ola.app().map(me).get("source").toString()).contains("note=Tea & cake");

    HttpResponse<String> tooLong =
        ola.app()
            .send(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                ola.token(),
                FORM,
                "note=" + "x".repeat(281));
    assertThat(tooLong.statusCode()).isEqualTo(422);
  }

  @Test
  void blocksAndMutesShowInTheRelationshipAndTheirLists() {
    Person pia = person("capppia");
    Person quinn = person("cappquinn");

    HttpResponse<String> blocked =
        pia.app().post("/api/v1/accounts/" + quinn.id() + "/block", pia.token(), Map.of());
    assertThat(pia.app().map(blocked)).containsEntry("blocking", true);
    HttpResponse<String> seenByQuinn =
        quinn.app().get("/api/v1/accounts/relationships?id[]=" + pia.id(), quinn.token());
    assertThat(quinn.app().list(seenByQuinn).get(0)).containsEntry("blocked_by", true);
    assertThat(pia.app().list(pia.app().get("/api/v1/blocks", pia.token())))
        .extracting(a -> a.get("id"))
        .containsExactly(quinn.id());

    pia.app().post("/api/v1/accounts/" + quinn.id() + "/unblock", pia.token(), Map.of());
    HttpResponse<String> muted =
        pia.app().post("/api/v1/accounts/" + quinn.id() + "/mute", pia.token(), Map.of());
    assertThat(pia.app().map(muted)).containsEntry("blocking", false).containsEntry("muting", true);
    assertThat(pia.app().get("/api/v1/blocks", pia.token()).body()).isEqualTo("[]");
    assertThat(pia.app().list(pia.app().get("/api/v1/mutes", pia.token())))
        .extracting(a -> a.get("id"))
        .containsExactly(quinn.id());
    assertThat(
            pia.app()
                .post("/api/v1/accounts/" + pia.id() + "/block", pia.token(), Map.of())
                .statusCode())
        .isEqualTo(422);
  }
}
