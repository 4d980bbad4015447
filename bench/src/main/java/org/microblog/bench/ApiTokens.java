package org.microblog.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bearer tokens for the virtual users, through the client API's own OAuth flow as an app would go
 * through it: the bench registers one app, then each logged-in session approves it on the consent
 * form and trades the code at {@code /oauth/token}.
 */
final class ApiTokens {
  private static final String REDIRECT = "http://127.0.0.1/bench-callback";
  private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  ApiTokens(URI base) {
    this.base = base;
  }

  /** Gives every session a token with the {@code read} scope. */
  void grant(List<Session> sessions) throws IOException, InterruptedException {
    String app =
        post(
                "/api/v1/apps",
                "",
                "client_name=bench&scopes=read&redirect_uris=" + Session.encode(REDIRECT))
            .body();
    String clientId = field(app, "client_id");
    String clientSecret = field(app, "client_secret");
    for (Session session : sessions) {
      HttpResponse<String> consent =
          post(
              "/oauth/authorize",
              session.cookieHeader().substring("Cookie: ".length()).trim(),
              "csrfToken="
                  + session.csrfToken
                  + "&response_type=code&scope=read&decision=approve&client_id="
                  + Session.encode(clientId)
                  + "&redirect_uri="
                  + Session.encode(REDIRECT));
      Matcher code = CODE.matcher(consent.headers().firstValue("Location").orElse(""));
      if (!code.find()) {
        throw new IllegalStateException(
            "no code from the consent form: HTTP " + consent.statusCode());
      }
      String token =
          post(
                  "/oauth/token",
                  "",
                  "grant_type=authorization_code&code="
                      + code.group(1)
                      + "&client_id="
                      + Session.encode(clientId)
                      + "&client_secret="
                      + Session.encode(clientSecret)
                      + "&redirect_uri="
                      + Session.encode(REDIRECT))
              .body();
      session.useToken(field(token, "access_token"));
    }
  }

  private HttpResponse<String> post(String path, String cookie, String form)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String field(String json, String name) {
    Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!value.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return value.group(1);
  }
}
