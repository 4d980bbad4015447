package org.microblog.adapter.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small HTTP browser for tests: keeps cookies, does not follow redirects (tests check them), asks
 * for HTML, and sends the CSRF token from its cookie with every form unless told not to.
 */
public final class Browser {
  private static final String CSRF_COOKIE = "mb_csrf";
  private final URI base;
  private final CookieManager cookies;
  private final HttpClient client;
  private final String languages;

  public Browser(URI base) {
    this(base, new CookieManager(), "en");
  }

  private Browser(URI base, CookieManager cookies, String languages) {
    this.base = base;
    this.cookies = cookies;
    this.languages = languages;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** The same browser, cookies and all, talking to a server at another address. */
  public Browser at(URI otherBase) {
    CookieManager copy = new CookieManager();
    cookies.getCookieStore().getCookies().forEach(c -> copy.getCookieStore().add(otherBase, c));
    return new Browser(otherBase, copy, languages);
  }

  /** The same browser, cookies and all, asking for pages in these languages (Accept-Language). */
  public Browser speaking(String acceptLanguage) {
    return new Browser(base, cookies, acceptLanguage);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** GETs a file (a download) as bytes. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a page so the browser holds its CSRF cookie, as a person's browser would. */
  public Browser visit(String path) {
    get(path);
    return this;
  }

  /** Submits a form with this browser's CSRF token added. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>();
    csrfToken().ifPresent(token -> withToken.put("csrfToken", token));
    withToken.putAll(fields);
    return postRaw(path, withToken);
  }

  /** Submits exactly these fields: no token is added. */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Sends any body with any content type, exactly as given (plus the CSRF cookie it holds). */
  public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
    HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.build());
  }

  /** Registers through the real form, as {@code <username>@example.org}, and returns the answer. */
  public HttpResponse<String> register(String username, String password) {
    visit("/register");
    return post(
        "/register",
        Map.of(
            "username", username,
            "email", username + "@example.org",
            "password", password,
            "confirm", password));
  }

  /** Logs in through the real pages. */
  public Browser logIn(String username, String password) {
    visit("/login");
    HttpResponse<String> response =
        post("/login", Map.of("username", username, "password", password));
    if (response.statusCode() != 303) {
      throw new IllegalStateException("login failed with " + response.statusCode());
    }
    return this;
  }

  /** Plants a cookie, as an attacker or an old browser might hold one. */
  public Browser withCookie(String name, String value) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(base, cookie);
    return this;
  }

  public Optional<String> csrfToken() {
    return cookie(CSRF_COOKIE).map(HttpCookie::getValue);
  }

  public Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst();
  }

  public static Document html(HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }

  public static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  /**
   * Opens a server-sent event stream, with this browser's cookies and languages, read as it
   * arrives.
   */
  public EventStream events(String path) {
    return EventStream.open(
        client,
        HttpRequest.newBuilder(base.resolve(path))
            .header("Accept", "text/event-stream")
            .header("Accept-Language", languages)
            .GET()
            .build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(20))
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .header("Accept-Language", languages);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
