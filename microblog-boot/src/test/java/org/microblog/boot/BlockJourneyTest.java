package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/**
 * Blocking and muting over HTTP against the real wiring and database: a block ends the follows both
 * ways with their counts, hides each from the other's timelines, tags, threads and notifications,
 * refuses replies, likes, boosts, follows and messages; a mute hides silently.
 */
@MicronautTest
class BlockJourneyTest {
  @Inject EmbeddedServer server;

  private Browser registered(String name) {
    Browser browser = new Browser(server.getURI());
    assertThat(browser.register(name, "password of " + name).statusCode()).isEqualTo(303);
    return browser.logIn(name, "password of " + name);
  }

  private static List<String> postTexts(HttpResponse<String> page) {
    return Browser.html(page).select(".post-body").eachText();
  }

  private static String firstPostId(Browser browser, String profile) {
    return Browser.html(browser.get(profile)).select(".post").first().id().substring(5);
  }

  @Test
  void aBlockEndsFollowsHidesPostsAndRefusesReachingAcross() {
    Browser kim = registered("kim");
    Browser lou = registered("lou");
    Browser max = registered("max");
    assertThat(kim.post("/users/lou/follow", Map.of()).statusCode()).isEqualTo(303);
    assertThat(lou.post("/users/kim/follow", Map.of()).statusCode()).isEqualTo(303);
    lou.post("/posts", Map.of("body", "lou speaks of #gardens"));
    kim.post("/posts", Map.of("body", "kim speaks of #gardens"));
    max.post("/posts", Map.of("body", "max speaks of #gardens"));
    String lousPost = firstPostId(kim, "/users/lou");
    String kimsPost = firstPostId(lou, "/users/kim");
    max.post("/users/lou/follow", Map.of());
    max.post("/posts/" + lousPost + "/boost", Map.of());
    assertThat(kim.post("/users/max/follow", Map.of()).statusCode()).isEqualTo(303);

    HttpResponse<String> blocked = kim.post("/users/lou/block", Map.of());
    assertThat(blocked.statusCode()).isEqualTo(303);
    assertThat(Browser.location(blocked)).isEqualTo("/users/lou?done=blocked");

    Document lousProfile = Browser.html(kim.get("/users/lou?done=blocked"));
    assertThat(lousProfile.select(".notice").text()).contains("You have blocked this account.");
    assertThat(lousProfile.select("#block-button").text()).isEqualTo("Unblock");
    assertThat(lousProfile.select("#followers").text()).as("kim's follow ended").isEqualTo("1");
    assertThat(lousProfile.select("#following").text()).as("lou's follow ended").isEqualTo("0");
    assertThat(Browser.html(kim.get("/users/kim")).select("#followers").text()).isEqualTo("0");

    assertThat(postTexts(kim.get("/")))
        .as("lou's post, even boosted by max, is gone")
        .containsExactly("max speaks of #gardens", "kim speaks of #gardens");
    assertThat(postTexts(kim.get("/explore"))).doesNotContain("lou speaks of #gardens");
    assertThat(postTexts(lou.get("/explore"))).doesNotContain("kim speaks of #gardens");
    assertThat(postTexts(lou.get("/tags/gardens")))
        .containsExactly("max speaks of #gardens", "lou speaks of #gardens");
    assertThat(kim.get("/posts/" + lousPost).statusCode()).isEqualTo(404);
    assertThat(postTexts(new Browser(server.getURI()).get("/explore")))
        .as("anonymous readers see everyone")
        .contains("lou speaks of #gardens", "kim speaks of #gardens");

    HttpResponse<String> reply =
        lou.post("/posts", Map.of("body", "answering kim", "inReplyTo", kimsPost));
    assertThat(reply.statusCode()).isEqualTo(403);
    assertThat(reply.body()).contains("You cannot reply to this account.");
    assertThat(lou.post("/posts/" + kimsPost + "/like", Map.of()).statusCode()).isEqualTo(403);
    assertThat(kim.post("/posts/" + lousPost + "/boost", Map.of()).statusCode()).isEqualTo(403);
    HttpResponse<String> follow = lou.post("/users/kim/follow", Map.of());
    assertThat(follow.statusCode()).isEqualTo(403);
    assertThat(follow.body()).contains("You cannot follow this account.");
    HttpResponse<String> message = lou.post("/messages/kim", Map.of("body", "hello?"));
    assertThat(message.statusCode()).isEqualTo(403);
    assertThat(message.body()).contains("You cannot send messages to this account.");

    lou.post("/posts", Map.of("body", "hey @kim and @max"));
    assertThat(Browser.html(kim.get("/notifications")).select(".notification").text())
        .doesNotContain("lou");
    assertThat(Browser.html(max.get("/notifications")).select(".notification").text())
        .contains("lou");
    Document maxsExplore = Browser.html(max.get("/explore"));
    assertThat(maxsExplore.select(".post-body:contains(hey) a").eachText())
        .as("a mention across a block links nowhere, for anyone")
        .containsExactly("@max");

    assertThat(kim.post("/users/lou/unblock", Map.of()).statusCode()).isEqualTo(303);
    assertThat(postTexts(kim.get("/explore"))).contains("lou speaks of #gardens");
    assertThat(lou.post("/users/kim/follow", Map.of()).statusCode()).isEqualTo(303);
  }

  @Test
  void aMuteHidesSilentlyFromTheMuterOnly() {
    Browser ned = registered("ned");
    Browser ola = registered("ola");
    ola.post("/posts", Map.of("body", "ola is loud"));
    assertThat(ned.post("/users/ola/follow", Map.of()).statusCode()).isEqualTo(303);

    assertThat(ned.post("/users/ola/mute", Map.of()).statusCode()).isEqualTo(303);

    assertThat(postTexts(ned.get("/"))).isEmpty();
    assertThat(postTexts(ned.get("/explore"))).doesNotContain("ola is loud");
    assertThat(postTexts(ola.get("/explore"))).contains("ola is loud");
    assertThat(Browser.html(ned.get("/users/ola")).select("#mute-button").text())
        .isEqualTo("Unmute");
    assertThat(Browser.html(ola.get("/users/ned")).select("#mute-button").text())
        .as("silent: ola is not told")
        .isEqualTo("Mute");
    ola.post("/posts", Map.of("body", "@ned listen"));
    assertThat(Browser.html(ned.get("/notifications")).select(".notification")).isEmpty();
    assertThat(Browser.html(ned.get("/settings/blocks")).select("#muted li a").eachText())
        .containsExactly("ola");

    assertThat(ned.post("/users/ola/unmute", Map.of("next", "/settings/blocks")))
        .extracting(Browser::location)
        .isEqualTo("/settings/blocks?done=unmuted");
    assertThat(postTexts(ned.get("/"))).containsExactly("@ned listen", "ola is loud");
  }
}
