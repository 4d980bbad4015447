package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/** Whole journeys over HTTP against the real wiring and a real (in-memory H2) database. */
@MicronautTest
class EndToEndJourneyTest {
  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;

  private Browser registered(String name) {
    Browser browser = new Browser(server.getURI());
    HttpResponse<String> response = browser.register(name, "password of " + name);
    assertThat(response.statusCode()).as("registering " + name).isEqualTo(303);
    return browser.logIn(name, "password of " + name);
  }

  private static List<String> postTexts(HttpResponse<String> page) {
    return Browser.html(page).select(".post-body").eachText();
  }

  @Test
  void registerPostFollowAndReadTheHomeTimeline() {
    Browser ann = registered("ann");
    Browser ben = registered("ben");
    registered("cat").post("/posts", Map.of("body", "cat is not followed"));

    assertThat(ben.post("/posts", Map.of("body", "Hello from ben")).statusCode()).isEqualTo(303);
    assertThat(ann.post("/posts", Map.of("body", "Hello from ann")).statusCode()).isEqualTo(303);
    assertThat(ann.post("/users/ben/follow", Map.of()).statusCode()).isEqualTo(303);

    HttpResponse<String> home = ann.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(postTexts(home)).containsExactly("Hello from ann", "Hello from ben");
    assertThat(postTexts(ben.get("/"))).containsExactly("Hello from ben");

    Document profile = Browser.html(ann.get("/users/BEN"));
    assertThat(profile.select("h1").text()).isEqualTo("ben");
    assertThat(profile.select("#followers").text()).isEqualTo("1");
    assertThat(profile.select("form[action=/users/ben/unfollow]")).hasSize(1);

    assertThat(ann.post("/users/ben/unfollow", Map.of()).statusCode()).isEqualTo(303);
    assertThat(postTexts(ann.get("/"))).containsExactly("Hello from ann");
  }

  @Test
  void onlyTheAuthorCanDeleteAPost() {
    Browser dee = registered("dee");
    Browser eve = registered("eve");
    dee.post("/posts", Map.of("body", "dee's words"));
    String action = Browser.html(dee.get("/")).select(".post form[action$=/delete]").attr("action");
    assertThat(action).matches("/posts/\\d+/delete");

    HttpResponse<String> refused = eve.post(action, Map.of());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(postTexts(dee.get("/"))).containsExactly("dee's words");

    assertThat(dee.post(action, Map.of()).statusCode()).isEqualTo(303);
    assertThat(postTexts(dee.get("/"))).isEmpty();
  }

  @Test
  void registrationRulesAreEnforcedAgainstStoredData() {
    registered("fay");
    Browser other = new Browser(server.getURI()).visit("/register");

    HttpResponse<String> taken =
        other.post(
            "/register",
            Map.of(
                "username",
                "FAY",
                "email",
                "FAY@example.org",
                "password",
                "8chars-ok",
                "confirm",
                "8chars-ok"));

    assertThat(taken.statusCode()).isEqualTo(422);
    assertThat(Browser.html(taken).select(".error").text()).isEqualTo("That username is taken.");
    HttpResponse<String> login =
        other.visit("/login").post("/login", Map.of("username", "FAY", "password", "8chars-ok"));
    assertThat(login.statusCode()).isEqualTo(422);
  }

  @Test
  void exploreAndProfilesPageTwentyPostsAtATimeByKeyset() {
    Browser gus = registered("gus");
    IntStream.rangeClosed(1, 45).forEach(i -> gus.post("/posts", Map.of("body", "gus post " + i)));

    HttpResponse<String> first = gus.get("/users/gus");
    assertThat(postTexts(first)).hasSize(20).startsWith("gus post 45");
    String older = Browser.html(first).select("a[rel=next]").attr("href");
    assertThat(older).startsWith("/users/gus?before=");

    HttpResponse<String> second = gus.get(older);
    assertThat(postTexts(second)).hasSize(20).startsWith("gus post 25");
    Document secondPage = Browser.html(second);
    assertThat(secondPage.select("a[rel=prev]").attr("href")).startsWith("/users/gus?after=");

    HttpResponse<String> third = gus.get(secondPage.select("a[rel=next]").attr("href"));
    assertThat(postTexts(third)).hasSize(5).endsWith("gus post 1");
    assertThat(Browser.html(third).select("a[rel=next]")).isEmpty();

    assertThat(postTexts(gus.get("/users/gus?before=1"))).isEmpty();
    assertThat(gus.get("/explore?before=abc").statusCode()).isEqualTo(400);
  }

  @Test
  void profileSettingsRenameTheAccount() {
    Browser hal = registered("hal");
    HttpResponse<String> saved =
        hal.post("/settings/profile", Map.of("username", "Hal_9000", "about", "I'm sorry, Dave."));

    assertThat(saved.statusCode()).isEqualTo(303);
    Document profile = Browser.html(hal.get("/users/hal_9000"));
    assertThat(profile.select("h1").text()).isEqualTo("Hal_9000");
    assertThat(profile.select(".about").text()).isEqualTo("I'm sorry, Dave.");
    assertThat(profile.select("#current-user").text()).isEqualTo("Hal_9000");
    assertThat(hal.get("/users/hal").statusCode()).isEqualTo(404);
  }

  @Test
  void loggingOutEverywhereEndsTheOtherBrowsersLoginToo() {
    Browser laptop = registered("ivan");
    Browser phone = new Browser(server.getURI()).logIn("ivan", "password of ivan");
    assertThat(phone.get("/").statusCode()).isEqualTo(200);

    assertThat(laptop.post("/settings/logout-everywhere", Map.of()).statusCode()).isEqualTo(303);

    HttpResponse<String> phoneAfter = phone.get("/");
    assertThat(phoneAfter.statusCode()).isEqualTo(303);
    assertThat(Browser.location(phoneAfter)).startsWith("/login");
    assertThat(new Browser(server.getURI()).logIn("ivan", "password of ivan").get("/").statusCode())
        .as("the password still works")
        .isEqualTo(200);
  }

  @Test
  void theSamePostFormSubmittedTwiceIsStoredOnce() {
    Browser kim = registered("kim");
    String formToken = Browser.html(kim.get("/")).select("input[name=formToken]").val();
    assertThat(formToken).hasSizeGreaterThan(16);

    Map<String, String> form = Map.of("body", "clicked twice", "formToken", formToken);
    assertThat(kim.post("/posts", form).statusCode()).isEqualTo(303);
    assertThat(kim.post("/posts", form).statusCode()).isEqualTo(303);

    assertThat(postTexts(kim.get("/"))).containsExactly("clicked twice");
    String nextToken = Browser.html(kim.get("/")).select("input[name=formToken]").val();
    assertThat(nextToken).as("each rendered form has its own token").isNotEqualTo(formToken);
  }

  @Test
  void aRepliedPostDeletedByItsAuthorStaysAsATombstoneThatRefusesReplies() {
    Browser lea = registered("lea");
    Browser max = registered("max");
    lea.post("/posts", Map.of("body", "lea asks"));
    String start = Browser.html(lea.get("/")).select(".post").first().id().substring(5);
    HttpResponse<String> replied =
        max.post("/posts", Map.of("body", "max answers @lea", "inReplyTo", start));
    assertThat(replied.statusCode()).isEqualTo(303);
    String reply = Browser.location(replied);
    assertThat(max.post("/posts/" + start + "/like", Map.of()).statusCode()).isEqualTo(303);
    assertThat(max.post("/posts/" + start + "/like", Map.of()).statusCode()).isEqualTo(303);
    assertThat(Browser.html(lea.get("/posts/" + start)).select(".focus .likes").text())
        .isEqualTo("1 like");

    assertThat(lea.post("/posts/" + start + "/delete", Map.of()).statusCode()).isEqualTo(303);

    var thread = Browser.html(max.get(reply));
    assertThat(thread.select(".thread .post").text()).isEqualTo("This post was deleted.");
    assertThat(thread.select(".focus .post-body a[href=/users/lea]").text()).isEqualTo("@lea");
    HttpResponse<String> tooLate =
        max.post("/posts", Map.of("body", "too late", "inReplyTo", start));
    assertThat(tooLate.statusCode()).isEqualTo(422);
    assertThat(Browser.html(tooLate).select(".error").text())
        .isEqualTo("The post you are replying to has been deleted.");
    assertThat(postTexts(max.get("/explore"))).doesNotContain("lea asks", "too late");
  }

  @Test
  void onlyTheAuthorEditsAndTheHistoryKeepsWhatTheEditReplaced() {
    Browser ned = registered("ned");
    Browser ola = registered("ola");
    ned.post("/posts", Map.of("body", "ned's frist words"));
    String post = Browser.html(ned.get("/")).select(".post").first().id().substring(5);

    HttpResponse<String> refused =
        ola.post("/posts/" + post + "/edit", Map.of("body", "ola's words now"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(ola.get("/posts/" + post + "/edit").statusCode()).isEqualTo(403);
    assertThat(postTexts(ola.get("/posts/" + post))).containsExactly("ned's frist words");
    assertThat(Browser.html(ola.get("/posts/" + post + "/history")).select(".versions")).isEmpty();

    var edited = ned.post("/posts/" + post + "/edit", Map.of("body", "ned's first words, @ola"));
    assertThat(edited.statusCode()).isEqualTo(303);
    assertThat(postTexts(ola.get("/posts/" + post))).containsExactly("ned's first words, @ola");
    assertThat(Browser.html(ola.get("/")).select("#unread-notifications .visually-hidden").text())
        .as("newly mentioned by the edit")
        .isEqualTo("1 unread notification");
    var history = Browser.html(ola.get("/posts/" + post + "/history"));
    assertThat(history.select(".versions .post-body").eachText())
        .containsExactly("ned's frist words");

    assertThat(ned.post("/posts/" + post + "/delete", Map.of()).statusCode()).isEqualTo(303);
    assertThat(ola.get("/posts/" + post + "/history").statusCode()).isEqualTo(404);
    var notifications = Browser.html(ola.get("/notifications"));
    assertThat(notifications.select(".notification")).as("went with the post").isEmpty();
    assertThat(notifications.select("#unread-notifications")).isEmpty();
  }

  @Test
  void aBoostsIdIsNoPostToEditOrLookBackOnAndTheAuthorHearsOfTheBoostOnce() throws SQLException {
    Browser pia = registered("pia");
    Browser quin = registered("quin");
    pia.post("/posts", Map.of("body", "pia's post"));
    String post = Browser.html(pia.get("/")).select(".post").first().id().substring(5);
    for (String action : List.of("boost", "unboost", "boost", "boost")) {
      assertThat(quin.post("/posts/" + post + "/" + action, Map.of()).statusCode()).isEqualTo(303);
    }
    String boost = "/posts/" + boostOf(post);

    for (Browser someone : List.of(quin, pia)) {
      assertThat(someone.get(boost).statusCode()).isEqualTo(404);
      assertThat(someone.get(boost + "/edit").statusCode()).isEqualTo(404);
      assertThat(someone.post(boost + "/edit", Map.of("body", "mine now")).statusCode())
          .isEqualTo(404);
      assertThat(someone.get(boost + "/history").statusCode()).isEqualTo(404);
    }
    var told = Browser.html(pia.get("/notifications"));
    assertThat(told.select(".notification p a:not(.author)").eachText())
        .containsExactly("boosted your post");
    assertThat(told.select(".notification p a:not(.author)").attr("href"))
        .isEqualTo("/posts/" + post);

    assertThat(pia.post("/posts/" + post + "/delete", Map.of()).statusCode()).isEqualTo(303);
    assertThat(boostOf(post)).as("the boost went with the post").isNull();
    assertThat(Browser.html(pia.get("/notifications")).select(".notification")).isEmpty();
  }

  /** The id of the one boost of the post, or null: boosts are rows of posts that no page lists. */
  private Long boostOf(String post) throws SQLException {
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT id FROM posts WHERE boost_of_id = ?")) {
      statement.setLong(1, Long.parseLong(post));
      try (ResultSet rows = statement.executeQuery()) {
        Long id = rows.next() ? rows.getLong(1) : null;
        assertThat(rows.next()).as("one boost per person").isFalse();
        return id;
      }
    }
  }
}
