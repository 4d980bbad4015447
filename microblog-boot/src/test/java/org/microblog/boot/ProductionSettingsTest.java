package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed settings as an operator gives them, by the environment variables the README names, in
 * the production environment: its defaults apply (Secure cookies) unless a variable says otherwise
 * (HSTS off), and the data folder and public URL reach the mail files.
 */
class ProductionSettingsTest {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void variablesWinOverTheProductionDefaultsWhichApplyOtherwise(@TempDir Path data)
      throws Exception {
    Map<String, String> environment =
        Map.of(
            "MICRONAUT_ENVIRONMENTS", "prod",
            "MICROBLOG_TOKEN_SECRET", "q7F0u3Yx9mB2cVn8Lk4Wz1Rt6Hs5Dj0Pa3Ge7Ui9Oy2Xb4Nc",
            "MICROBLOG_HSTS", "false",
            "MICROBLOG_PUBLIC_URL", "https://blog.example/");
    try (AppProcess app = AppProcess.start(data, environment)) {
      HttpResponse<String> form = get(app.uri().resolve("/register"));
      HttpCookie csrf = cookie(form, "mb_csrf");
      HttpResponse<String> registered =
          client.send(
              HttpRequest.newBuilder(app.uri().resolve("/register"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", "mb_csrf=" + csrf.getValue())
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "csrfToken="
                              + csrf.getValue()
                              + "&username=pia&email=pia%40example.org"
                              + "&password=8chars-ok&confirm=8chars-ok"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(csrf.getSecure()).as("cookie-secure: the production default").isTrue();
      assertThat(form.headers().firstValue("Strict-Transport-Security"))
          .as("MICROBLOG_HSTS=false wins over the production default")
          .isEmpty();
      assertThat(registered.statusCode()).as(app.output()).isEqualTo(303);
      assertThat(Files.exists(data.resolve("microblog.mv.db"))).isTrue();
      assertThat(mails(data.resolve("mail")))
          .singleElement()
          .asString()
          .contains("https://blog.example/verify-email/");
    }
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpCookie cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .flatMap(header -> HttpCookie.parse(header).stream())
        .filter(cookie -> cookie.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }

  private static List<String> mails(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(
              file -> {
                try {
                  // quoted-printable wraps long lines with a trailing '='
                  return Files.readString(file).replaceAll("=\\r?\\n", "");
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
