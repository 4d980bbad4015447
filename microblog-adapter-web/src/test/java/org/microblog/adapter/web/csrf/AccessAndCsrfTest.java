package org.microblog.adapter.web.csrf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.user.RegisterUserUseCase;

@MicronautTest
class AccessAndCsrfTest extends WebTestSupport {
  @Inject RegisterUserUseCase registerUser;
  @Inject PublishPostUseCase publishPost;

  @Test
  void anonymousHomeRedirectsToLogin() {
    HttpResponse<String> response = anonymous().get("/");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/login");
  }

  @Test
  void anonymousSettingsRedirectToLoginAndBack() {
    HttpResponse<String> response = anonymous().get("/settings/profile");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/login?next=%2Fsettings%2Fprofile");
  }

  @Test
  void anonymousPostIsRefusedAndNothingPublished() {
    Browser browser = anonymous().visit("/login");

    HttpResponse<String> response = browser.post("/posts", Map.of("body", "hello"));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).startsWith("/login");
    verify(publishPost, never()).publish(any());
  }

  @Test
  void everyPageHandsOutACsrfCookieThatIsHttpOnlyAndStrict() {
    HttpResponse<String> response = anonymous().get("/login");

    String setCookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("mb_csrf="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    String field = Browser.html(response).select("input[name=csrfToken]").val();
    assertThat(setCookie).startsWith("mb_csrf=" + field + ";");
  }

  @Test
  void aPostWithoutCsrfTokenIsRefused() {
    Browser browser = anonymous().visit("/register");

    HttpResponse<String> response =
        browser.postRaw(
            "/register",
            Map.of(
                "username",
                "alice",
                "email",
                "a@example.org",
                "password",
                "8chars-ok",
                "confirm",
                "8chars-ok"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Browser.html(response).text()).contains("did not come from this site");
    verify(registerUser, never()).register(any());
  }

  @Test
  void aPostWithAForgedCsrfTokenIsRefused() {
    Browser browser = anonymous().visit("/register");

    HttpResponse<String> response =
        browser.postRaw("/register", Map.of("csrfToken", "A".repeat(43), "username", "alice"));

    assertThat(response.statusCode()).isEqualTo(403);
    verify(registerUser, never()).register(any());
  }

  @Test
  void aPostFromABrowserWithoutTheCookieIsRefused() {
    HttpResponse<String> response =
        anonymous().postRaw("/login", Map.of("csrfToken", "A".repeat(43), "username", "x"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void logoutIsAPostAndClearsTheLoginCookie() {
    Browser browser = alice();
    assertThat(browser.cookie("mb_session")).isPresent();

    assertThat(browser.get("/logout").statusCode()).isIn(404, 405);
    HttpResponse<String> response = browser.post("/logout", Map.of());

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/login?logged-out");
    assertThat(browser.cookie("mb_session")).isEmpty();
    assertThat(browser.get("/").statusCode()).isEqualTo(303);
  }

  @Test
  void forgedOrUnsignedLoginCookiesLogNobodyIn() {
    Browser unsigned = anonymous().withCookie("mb_session", "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.");
    Browser garbage = anonymous().withCookie("mb_session", "not-a-token");

    assertThat(unsigned.get("/").statusCode()).isEqualTo(303);
    assertThat(garbage.get("/").statusCode()).isEqualTo(303);
  }

  @Test
  void unknownPagesGetTheFriendly404Page() {
    HttpResponse<String> response = anonymous().get("/no/such/page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(Browser.html(response).select("h1").text()).isEqualTo("Page not found");
  }

  @Test
  void stylesheetAndAvatarsArePublic() {
    assertThat(anonymous().get("/static/app.css").statusCode()).isEqualTo(200);
    HttpResponse<String> avatar = anonymous().get("/avatars/alice.svg");
    assertThat(avatar.statusCode()).isEqualTo(200);
    assertThat(avatar.body()).startsWith("<svg");
    assertThat(anonymous().get("/avatars/alice.svg").body()).isEqualTo(avatar.body());
    assertThat(anonymous().get("/avatars/bad%20name.svg").statusCode()).isEqualTo(404);
  }
}
