package org.microblog.adapter.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;
import org.mockito.ArgumentCaptor;

@MicronautTest
class AccountPagesTest extends WebTestSupport {
  @Inject RegisterUserUseCase registerUser;

  @BeforeEach
  void resetRegistration() {
    reset(registerUser);
  }

  private static Map<String, String> registration(
      String username, String email, String password, String confirm) {
    return Map.of("username", username, "email", email, "password", password, "confirm", confirm);
  }

  @Test
  void registrationRedirectsToLoginWithAMessage() {
    when(registerUser.register(any())).thenReturn(new UserId(5));
    Browser browser = anonymous().visit("/register");

    HttpResponse<String> response =
        browser.post(
            "/register",
            registration(" alice ", "alice@example.org", "long enough", "long enough"));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/login?registered");
    ArgumentCaptor<RegisterUserCommand> command =
        ArgumentCaptor.forClass(RegisterUserCommand.class);
    verify(registerUser).register(command.capture());
    assertThat(command.getValue().username()).isEqualTo(new Username("alice"));
    assertThat(command.getValue().email()).isEqualTo(new EmailAddress("alice@example.org"));
    assertThat(Browser.html(browser.get(Browser.location(response))).select(".notice").text())
        .contains("Your account is ready");
  }

  @Test
  void badInputShowsEveryFieldsMessageWith422AndKeepsInputButNotPasswords() {
    Browser browser = anonymous().visit("/register");

    HttpResponse<String> response =
        browser.post("/register", registration("a!b", "not-an-email", "short", "other"));

    assertThat(response.statusCode()).isEqualTo(422);
    Document page = Browser.html(response);
    assertThat(page.select(".error").eachText())
        .containsExactly(
            "Username may contain only letters, digits and underscores.",
            "Please enter a valid email address.",
            "Password must be between 8 and 128 characters.");
    assertThat(page.select("input[name=username]").val()).isEqualTo("a!b");
    assertThat(page.select("input[name=email]").val()).isEqualTo("not-an-email");
    assertThat(page.select("input[name=password]").val()).isEmpty();
    assertThat(response.body()).doesNotContain("short");
    verify(registerUser, never()).register(any());
  }

  @Test
  void mismatchedConfirmationIsRefused() {
    Browser browser = anonymous().visit("/register");

    HttpResponse<String> response =
        browser.post(
            "/register", registration("alice", "a@example.org", "long enough", "long enougH"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text())
        .isEqualTo("The two passwords do not match.");
    verify(registerUser, never()).register(any());
  }

  @Test
  void aTakenUsernameIsShownOnTheForm() {
    when(registerUser.register(any()))
        .thenThrow(DomainException.conflict("username.taken", "That username is taken."));
    Browser browser = anonymous().visit("/register");

    HttpResponse<String> response =
        browser.post(
            "/register", registration("alice", "a@example.org", "long enough", "long enough"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text()).isEqualTo("That username is taken.");
  }

  @Test
  void missingFieldsAreRuleViolationsNotErrors() {
    Browser browser = anonymous().visit("/register");

    HttpResponse<String> response = browser.post("/register", Map.of());

    assertThat(response.statusCode()).isEqualTo(422);
    verify(registerUser, never()).register(any());
  }

  @Test
  void loginSetsAnHttpOnlySameSiteSessionCookieAndGoesHome() {
    Browser browser = alice();

    assertThat(browser.cookie("mb_session")).isPresent();
    HttpResponse<String> home = browser.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(Browser.html(home).select("#current-user").text()).isEqualTo("alice");
  }

  @Test
  void loginCookieFlagsAndRememberMe() {
    when(authenticateUser.authenticate(any()))
        .thenReturn(Optional.of(new AuthenticatedUser(ALICE, new Username("alice"))));
    Browser browser = anonymous().visit("/login");

    String session =
        sessionCookie(browser.post("/login", Map.of("username", "alice", "password", "x")));
    String remembered =
        sessionCookie(
            browser.post("/login", Map.of("username", "alice", "password", "x", "remember", "on")));

    assertThat(session)
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .doesNotContain("Max-Age");
    assertThat(remembered)
        .as("400 days; the record ends it after 30 idle days")
        .contains("Max-Age=34560000");
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("mb_session="))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void loginHonoursALocalNext() {
    when(authenticateUser.authenticate(any()))
        .thenReturn(Optional.of(new AuthenticatedUser(ALICE, new Username("alice"))));
    Browser browser = anonymous().visit("/login?next=/settings/profile");

    HttpResponse<String> response =
        browser.post(
            "/login", Map.of("username", "alice", "password", "x", "next", "/settings/profile"));

    assertThat(Browser.location(response)).isEqualTo("/settings/profile");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "evil"
      })
  void loginNeverRedirectsOffSite(String next) {
    when(authenticateUser.authenticate(any()))
        .thenReturn(Optional.of(new AuthenticatedUser(ALICE, new Username("alice"))));
    Browser browser = anonymous().visit("/login");

    HttpResponse<String> response =
        browser.post("/login", Map.of("username", "alice", "password", "x", "next", next));

    assertThat(Browser.location(response)).isEqualTo("/");
  }

  @Test
  void aBadLoginShowsOneGenericMessage() {
    when(authenticateUser.authenticate(any())).thenReturn(Optional.empty());
    Browser browser = anonymous().visit("/login");

    HttpResponse<String> response =
        browser.post("/login", Map.of("username", "alice", "password", "wrong"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text())
        .isEqualTo("Invalid username or password.");
    assertThat(browser.cookie("mb_session")).isEmpty();
    assertThat(response.body()).doesNotContain("wrong");
  }
}
