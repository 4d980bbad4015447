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
 * Logins are records on the server: a copied cookie is worth nothing once its login has ended,
 * whoever ended it. Against the real wiring and database; one instance, whose validity memory is
 * cleared by the use case that ends a login.
 */
@MicronautTest
class LoginRecordsJourneyTest {
  @Inject EmbeddedServer server;

  private Browser registered(String name) {
    Browser browser = new Browser(server.getURI());
    assertThat(browser.register(name, "password of " + name).statusCode()).isEqualTo(303);
    return browser.logIn(name, "password of " + name);
  }

  private Browser copyOf(Browser browser) {
    String cookie = browser.cookie("mb_session").orElseThrow().getValue();
    return new Browser(server.getURI()).withCookie("mb_session", cookie);
  }

  @Test
  void aCookieCopiedBeforeLoggingOutIsALoggedOutRequestAfterwards() {
    Browser kim = registered("kim");
    Browser thief = copyOf(kim);
    assertThat(thief.get("/settings/account").statusCode())
        .as("copy works while live")
        .isEqualTo(200);

    assertThat(kim.post("/logout", Map.of()).statusCode()).isEqualTo(303);

    HttpResponse<String> page = thief.get("/settings/account");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(Browser.location(page)).startsWith("/login");
  }

  @Test
  void theSessionsPageListsEveryLoginMarksThisOneAndEndsAnother() {
    Browser laptop = registered("lee");
    Browser phone = new Browser(server.getURI()).logIn("lee", "password of lee");

    Document page = Browser.html(laptop.get("/settings/sessions"));
    List<String> actions = page.select("#logins form").eachAttr("action");
    assertThat(actions).hasSize(2);
    assertThat(page.select("#logins .current")).hasSize(1);
    String phonesEnd = page.select("#logins li:not(.current) form").attr("action");

    assertThat(laptop.post(phonesEnd, Map.of()).statusCode()).isEqualTo(303);

    HttpResponse<String> onPhone = phone.get("/");
    assertThat(onPhone.statusCode()).isEqualTo(303);
    assertThat(Browser.location(onPhone)).startsWith("/login");
    assertThat(laptop.get("/").statusCode()).as("this browser stays").isEqualTo(200);
    assertThat(Browser.html(laptop.get("/settings/sessions")).select("#logins li")).hasSize(1);
    assertThat(laptop.post(phonesEnd, Map.of()).statusCode()).as("ended already").isEqualTo(404);
  }

  @Test
  void anotherPersonsLoginCannotBeEndedOrSeen() {
    Browser mia = registered("mia");
    Browser ned = registered("ned");
    String miasEnd =
        Browser.html(mia.get("/settings/sessions")).select("#logins form").attr("action");

    assertThat(ned.post(miasEnd, Map.of()).statusCode()).isEqualTo(404);
    assertThat(mia.get("/").statusCode()).isEqualTo(200);
    assertThat(
            Browser.html(ned.get("/settings/sessions")).select("#logins form").eachAttr("action"))
        .doesNotContain(miasEnd);
    assertThat(ned.post("/settings/sessions/not-a-login/end", Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(ned.postRaw(miasEnd, Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);
  }

  @Test
  void endingThisBrowsersOwnLoginLogsItOut() {
    Browser ora = registered("ora");
    String own =
        Browser.html(ora.get("/settings/sessions")).select("#logins .current form").attr("action");

    HttpResponse<String> ended = ora.post(own, Map.of());

    assertThat(Browser.location(ended)).isEqualTo("/login?logged-out");
    assertThat(ora.get("/settings/sessions").statusCode()).isEqualTo(303);
  }

  @Test
  void changingThePasswordEndsOtherLoginsAndKeepsThisOne() {
    Browser pia = registered("pia");
    Browser other = copyOf(new Browser(server.getURI()).logIn("pia", "password of pia"));

    HttpResponse<String> changed =
        pia.post(
            "/settings/account/password",
            Map.of(
                "current", "password of pia",
                "password", "a brand new password",
                "confirm", "a brand new password"));

    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(pia.get("/settings/account").statusCode()).isEqualTo(200);
    assertThat(other.get("/settings/account").statusCode()).isEqualTo(303);
  }
}
