package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.microblog.adapter.web.testing.Browser;

/**
 * A client-API app in tests: registers, sends a person (a {@link Browser}) through the consent page
 * with PKCE, exchanges the code, and calls the API with its bearer token. No cookies.
 */
public final class ApiClient {
  public static final String REDIRECT = "https://app.example/callback";
  public static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
  public static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private final URI base;
  private final JsonMapper json;
  private final HttpClient http = HttpClient.newHttpClient();
  public final String clientId;
  public final String clientSecret;

  private ApiClient(URI base, JsonMapper json, Map<String, Object> registered) {
    this.base = base;
    this.json = json;
    this.clientId = (String) registered.get("client_id");
    this.clientSecret = (String) registered.get("client_secret");
  }

  /** A client without an app yet, for registering by hand. */
  public static ApiClient anonymous(URI base, JsonMapper json) {
    return new ApiClient(base, json, Map.of());
  }

  /** Registers an app with both redirect URIs and the given scopes. */
  public static ApiClient register(URI base, JsonMapper json, String scopes) {
    ApiClient unregistered = new ApiClient(base, json, Map.of());
    HttpResponse<String> answer =
        unregistered.send(
            "POST",
            "/api/v1/apps",
            null,
            "application/json",
            "{\"client_name\":\"Test app\",\"redirect_uris\":\""
                + REDIRECT
                + "\\n"
                + OOB
                + "\",\"scopes\":\""
                + scopes
                + "\",\"website\":\"https://app.example\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new ApiClient(base, json, unregistered.map(answer));
  }

  public static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The authorize link an app sends the person to (PKCE S256 with {@link #VERIFIER}). */
  public String authorizePath(String redirect, String scope, String state) {
    return "/oauth/authorize?response_type=code&client_id="
        + clientId
        + "&redirect_uri="
        + encode(redirect)
        + "&scope="
        + encode(scope)
        + "&state="
        + encode(state)
        + "&code_challenge="
        + challenge(VERIFIER)
        + "&code_challenge_method=S256";
  }

  /** The person approves on the consent page; the answer (a redirect, or the code page). */
  public static HttpResponse<String> decide(Browser person, String authorizePath, String decision) {
    HttpResponse<String> page = person.get(authorizePath);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>();
    Element form = Browser.html(page).selectFirst("form[action=/oauth/authorize]");
    form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
    fields.put("decision", decision);
    return person.postRaw("/oauth/authorize", fields);
  }

  /** The code from the approval's redirect. */
  public static String codeOf(HttpResponse<String> approval) {
    String location = Browser.location(approval);
    assertThat(location).startsWith(REDIRECT + "?code=");
    String query = location.substring(location.indexOf('?') + 1);
    return query.split("&")[0].substring("code=".length());
  }

  /** A person's token through the whole flow. */
  public String tokenFor(Browser person, String scope) {
    String code = codeOf(decide(person, authorizePath(REDIRECT, scope, "s"), "approve"));
    HttpResponse<String> token = exchange(code, REDIRECT, VERIFIER);
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    return (String) map(token).get("access_token");
  }

  public HttpResponse<String> exchange(String code, String redirect, String verifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    form.put("code", code);
    form.put("redirect_uri", redirect);
    if (verifier != null) {
      form.put("code_verifier", verifier);
    }
    return post("/oauth/token", null, form);
  }

  public HttpResponse<String> get(String path, String token) {
    return send("GET", path, token, null, null);
  }

  public HttpResponse<String> delete(String path, String token) {
    return send("DELETE", path, token, null, null);
  }

  public HttpResponse<String> post(String path, String token, Map<String, String> form) {
    return send("POST", path, token, "application/x-www-form-urlencoded", formBody(form));
  }

  public HttpResponse<String> put(String path, String token, Map<String, String> form) {
    return send("PUT", path, token, "application/x-www-form-urlencoded", formBody(form));
  }

  private static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  public HttpResponse<String> send(
      String method, String path, String token, String contentType, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return sendWithHeaders(method, path, headers, body);
  }

  public HttpResponse<String> sendWithHeaders(
      String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Map<String, Object> map(HttpResponse<String> response) {
    return json(response.body());
  }

  /** A JSON object, e.g. a streamed event's data. */
  public Map<String, Object> json(String object) {
    try {
      return json.readValue(object, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Map<String, Object>> list(HttpResponse<String> response) {
    try {
      return json.readValue(
          response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
