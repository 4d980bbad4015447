package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.adapter.web.testing.Browser;

/**
 * Data folders written by older versions open in this one with everything in them: the current
 * version migrates a copy of each fixture (fixtures/v3, v11, v12 and v19, see their READMEs) and
 * serves what it holds.
 */
class UpgradeTest {

  @Test
  void aDataFolderFromSchemaV3OpensWithItsUsersPostsAndFollows(@TempDir Path data) {
    try (ApplicationContext context = start(DataFolderFixture.V3.copyInto(data))) {
      Browser ada = logIn(context, "ada");

      assertThat(Browser.html(ada.get("/")).select(".post-body").eachText())
          .containsExactly(
              "A second post from Ada: café, naïve, 💡 survive the upgrade too.",
              "Bob was here before the upgrade.",
              "Ada's first post, written by release 0.1 (schema V3).");
      assertThat(Browser.html(ada.get("/users/bob")).text()).contains("bob");
      ada.visit("/");
      assertThat(ada.post("/posts", Map.of("body", "Written after the upgrade.")).statusCode())
          .isEqualTo(303);
    }
  }

  @Test
  void aDataFolderFromSchemaV11KeepsItsConversations(@TempDir Path data) {
    try (ApplicationContext context = start(DataFolderFixture.V11.copyInto(data))) {
      Browser ada = logIn(context, "ada");

      Document home = Browser.html(ada.get("/"));
      assertThat(home.select(".post-body").eachText())
          .containsExactly(
              "A second post from Ada: café, naïve, 💡.",
              "Bob answers Ada.",
              "Ada's first post before V12, about #upgrades with @bob (edited).");
      assertThat(home.select(".boosted-by").text()).isEqualTo("bob boosted");
      assertThat(home.select("#unread-notifications").text()).contains("4 unread notifications");
      assertThat(home.select("#post-1 .likes").text()).isEqualTo("1 like");
      assertThat(home.select("#post-1 .edited").attr("href")).isEqualTo("/posts/1/history");
      assertThat(Browser.html(ada.get("/posts/1/history")).text())
          .contains("Ada's first post before V12, about #upgrades with @bob.");
      assertThat(Browser.html(ada.get("/tags/upgrades")).select(".post-body").eachText())
          .containsExactly("Ada's first post before V12, about #upgrades with @bob (edited).");
      assertThat(Browser.html(ada.get("/notifications")).select(".notification")).hasSize(4);
      // V21 counts what was there: ada's two posts; bob's reply and boost.
      assertThat(Browser.html(ada.get("/users/ada")).select("#posts").text()).isEqualTo("2");
      assertThat(Browser.html(ada.get("/users/bob")).select("#posts").text()).isEqualTo("2");
      ada.visit("/");
      assertThat(ada.post("/posts", Map.of("body", "Written after the upgrade.")).statusCode())
          .isEqualTo(303);
    }
  }

  @Test
  void aDataFolderFromSchemaV12KeepsItsPrivateMessages(@TempDir Path data) {
    try (ApplicationContext context = start(DataFolderFixture.V12.copyInto(data))) {
      Browser bob = logIn(context, "bob");

      Document home = Browser.html(bob.get("/"));
      assertThat(home.select(".post-body").eachText())
          .containsExactly(
              "Bob's café post, a reply before V13.",
              "Ada writes about Zürich before V13, with @bob and #upgrades.");
      assertThat(Browser.html(bob.get("/messages/ada")).select(".message-body").eachText())
          .containsExactly(
              "Did you read the post?", "Hello Ada, private too.", "Hello Bob, this is private.");
      assertThat(Browser.html(bob.get("/users/ada")).select("#followers").text()).isEqualTo("2");
      // Follows made before V18 are numbered in no particular order; a new one comes first.
      assertThat(Browser.html(bob.get("/users/ada/followers")).select(".person .author").eachText())
          .containsExactlyInAnyOrder("bob", "cyd");
      bob.visit("/users/cyd");
      assertThat(bob.post("/users/cyd/follow", Map.of()).statusCode()).isEqualTo(303);
      assertThat(Browser.html(bob.get("/users/bob/following")).select(".person .author").eachText())
          .containsExactly("cyd", "ada");
      bob.visit("/messages/ada");
      assertThat(
              bob.post("/messages/ada", Map.of("body", "Written after the upgrade.")).statusCode())
          .isEqualTo(303);
    }
  }

  @Test
  void aDataFolderFromSchemaV19KeepsItsBlocksMutesAndPosts(@TempDir Path data) {
    try (ApplicationContext context = start(DataFolderFixture.V19.copyInto(data))) {
      Browser ada = logIn(context, "ada");

      Document home = Browser.html(ada.get("/"));
      assertThat(home.select(".post-body").eachText())
          .containsExactly(
              "Bob antwortet auf Deutsch, vor V20.",
              "Ada's post before V20, about #languages with @bob.");
      assertThat(home.select("#post-1 .likes").text()).isEqualTo("1 like");
      assertThat(home.select(".post-body[lang]")).as("no post had a language before V20").isEmpty();
      assertThat(Browser.html(ada.get("/users/cyd")).select("#posts").text())
          .as("V21 counts cyd's post and boost")
          .isEqualTo("2");
      assertThat(
              Browser.html(ada.get("/settings/profile"))
                  .select("select#language option[selected]")
                  .attr("value"))
          .as("no account chose a language before V20")
          .isEmpty();
      assertThat(Browser.html(ada.get("/settings/blocks")).text()).contains("cyd");
      assertThat(Browser.html(ada.get("/search?q=V20")).select(".post-body").eachText())
          .as("cyd's post is muted for ada")
          .containsExactlyInAnyOrder(
              "Bob antwortet auf Deutsch, vor V20.",
              "Ada's post before V20, about #languages with @bob.");
      Browser bob = logIn(context, "bob");
      assertThat(Browser.html(bob.get("/messages/ada")).select(".message-body").eachText())
          .containsExactly("A private word before V20.");
      assertThat(bob.get("/users/cyd").statusCode()).isEqualTo(200);
      ada.visit("/");
      assertThat(ada.post("/posts", Map.of("body", "Written after the upgrade.")).statusCode())
          .isEqualTo(303);
    }
  }

  private static ApplicationContext start(Path data) {
    ApplicationContext context =
        ApplicationContext.builder()
            .deduceEnvironment(false)
            .properties(
                Map.of(DataDirectory.PROPERTY, data.toString(), "micronaut.server.port", -1))
            .properties(SigningSecret.properties(data))
            .start();
    context.getBean(EmbeddedServer.class).start();
    return context;
  }

  private static Browser logIn(ApplicationContext context, String username) {
    return new Browser(context.getBean(EmbeddedServer.class).getURI())
        .logIn(username, DataFolderFixture.PASSWORD);
  }
}
