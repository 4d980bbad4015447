package org.microblog.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated person with their own browser state (cookies, CSRF token), driving Microblog's
 * pages over HTTP exactly as a browser would, post/redirect/get included.
 */
final class VirtualUser {
  private static final Pattern POST_BODY = Pattern.compile("<p class=\"post-body\">([^<]*)</p>");
  private static final Pattern OLDER = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"");
  private final URI base;
  private final String name;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  VirtualUser(URI base, String name) {
    this.base = base;
    this.name = name;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  String name() {
    return name;
  }

  String password() {
    return "integrity password of " + name;
  }

  int get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build()).statusCode();
  }

  /** Submits a form with this browser's CSRF token; returns the status. */
  int post(String path, Map<String, String> fields) throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("mb_csrf"))
        .map(HttpCookie::getValue)
        .findFirst()
        .ifPresent(token -> form.put("csrfToken", token));
    form.putAll(fields);
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build())
        .statusCode();
  }

  int register() throws IOException, InterruptedException {
    get("/register");
    return post(
        "/register",
        Map.of(
            "username",
            name,
            "email",
            name + "@bench.example",
            "password",
            password(),
            "confirm",
            password()));
  }

  int logIn() throws IOException, InterruptedException {
    get("/login");
    return post("/login", Map.of("username", name, "password", password()));
  }

  /** Every post text on the home timeline, following "older" links to the end. */
  List<String> wholeHomeTimeline() throws IOException, InterruptedException {
    List<String> texts = new ArrayList<>();
    String path = "/";
    while (path != null) {
      HttpResponse<String> page = send(request(path).GET().build());
      if (page.statusCode() != 200) {
        throw new IOException("home timeline page " + path + " answered " + page.statusCode());
      }
      Matcher bodies = POST_BODY.matcher(page.body());
      while (bodies.find()) {
        texts.add(bodies.group(1));
      }
      Matcher older = OLDER.matcher(page.body());
      path = older.find() ? unescape(older.group(1)) : null;
    }
    return texts;
  }

  /** What a browser does with the attribute: the template escapes '=' and '&'. */
  private static String unescape(String attribute) {
    return attribute.replace("&#x3D;", "=").replace("&#x26;", "&").replace("&amp;", "&");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "text/html");
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
