package org.microblog.adapter.web.headers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.AuthenticateUserCommand;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.domain.user.Username;

/**
 * With the settings of a site behind HTTPS, as the production environment sets them. A browser
 * would not send {@code Secure} cookies back over this test's plain HTTP, so the requests carry
 * them by hand.
 */
@MicronautTest
@Property(name = "microblog.hsts", value = "true")
@Property(name = "microblog.cookie-secure", value = "true")
class BehindHttpsTest extends WebTestSupport {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void everyResponseCarriesHsts() throws Exception {
    for (String path : List.of("/login", "/no/such/page", "/static/app.css")) {
      assertThat(get(path).headers().firstValue("Strict-Transport-Security"))
          .as(path)
          .hasValue("max-age=31536000; includeSubDomains");
    }
  }

  @Test
  void theCsrfAndLoginCookiesAreSecure() throws Exception {
    when(authenticateUser.authenticate(new AuthenticateUserCommand("alice", "secret-password")))
        .thenReturn(Optional.of(new AuthenticatedUser(ALICE, new Username("alice"))));
    HttpCookie csrf = cookie(get("/login"), "mb_csrf");

    HttpResponse<String> loggedIn =
        client.send(
            HttpRequest.newBuilder(server.getURI().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "mb_csrf=" + csrf.getValue())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "csrfToken="
                            + csrf.getValue()
                            + "&username=alice&password=secret-password"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(loggedIn.statusCode()).isEqualTo(303);
    assertThat(csrf.getSecure()).isTrue();
    assertThat(cookie(loggedIn, "mb_session").getSecure()).isTrue();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.getURI().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpCookie cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .flatMap(header -> HttpCookie.parse(header).stream())
        .filter(cookie -> cookie.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }
}
