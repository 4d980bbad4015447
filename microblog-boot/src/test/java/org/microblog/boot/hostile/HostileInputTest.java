package org.microblog.boot.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.boot.ApiClient;
import org.microblog.domain.twofactor.Totp;
import org.microblog.domain.twofactor.TotpSecret;

/**
 * Throws a corpus of hostile values at every form field, path and query parameter, plus wrong
 * content types, missing and duplicated fields, invalid UTF-8, oversized bodies, and forged or
 * expired cookies. Every answer must be a 4xx with a page or a correct page: never a 500, never a
 * stack trace, never the script unescaped, and the database unchanged whenever the request was
 * refused.
 */
@MicronautTest(transactional = false)
class HostileInputTest {
  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;
  @Inject TokenGenerator tokens;
  @Inject JsonMapper json;

  private static final List<String> BLOCK_ACTIONS = List.of("block", "unblock", "mute", "unmute");

  private final Set<String> endpoints = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private final AtomicInteger names = new AtomicInteger();
  private Browser victim;
  private String othersPost;
  private String victimsEditablePost;
  private String othersMessage;

  @BeforeEach
  void aUserWithAPostAndSomeoneToFollow() {
    victim = register("victim");
    victim.post("/posts", Map.of("body", "victim's post"));
    Browser other = register("other");
    other.post("/posts", Map.of("body", "other's post #hostile, for @victim"));
    register("third").post("/messages/other", Map.of("body", "between other and third"));
    othersMessage =
        Browser.html(other.get("/messages/third")).select(".message").first().id().substring(8);
    othersPost = Browser.html(victim.get("/users/other")).select(".post").first().id().substring(5);
    victim.post("/posts", Map.of("body", "victim's post to edit"));
    victimsEditablePost =
        Browser.html(victim.get("/users/victim")).select(".post").first().id().substring(5);
  }

  /** An app the victim authorised, and its token for them. */
  private ApiClient victimsApp;

  private String victimsToken;

  private void victimAuthorisesAnApp() {
    if (victimsApp == null) {
      victimsApp = ApiClient.register(server.getURI(), json, "read write follow");
      victimsToken = victimsApp.tokenFor(victim, "read write follow");
    }
  }

  private Browser register(String name) {
    Browser browser = new Browser(server.getURI());
    browser.register(name, "password of " + name);
    return browser.logIn(name, "password of " + name);
  }

  @Test
  void noHostileInputBreaksAnythingOrChangesDataItShouldNot() throws Exception {
    Map<String, String> hostile = HostileValues.all();
    guardedAccount();
    someoneElsesMessageIsNotFound();
    for (Map.Entry<String, String> value : hostile.entrySet()) {
      formFields(value);
      securityForms(value);
      pathsAndQueries(value);
      clientApi(value);
      oauthAndLoggedInApi(value);
    }
    wrongContentTypesAndBrokenBodies();
    forgedAndExpiredLogins();
    everyPageStillRendersEscaped();

    System.out.printf(
        "Hostile input: %d requests across %d endpoints, %d server errors (5xx), %d problems%n",
        requests.get(), endpoints.size(), serverErrors.get(), problems.size());
    assertThat(problems).isEmpty();
    assertThat(serverErrors.get()).isZero();
  }

  private void formFields(Map.Entry<String, String> value) throws Exception {
    String name = "hostile" + names.incrementAndGet();
    Map<String, String> registration =
        Map.of(
            "username",
            name,
            "email",
            name + "@example.org",
            "password",
            "long enough pw",
            "confirm",
            "long enough pw");
    for (String field : registration.keySet()) {
      Map<String, String> form = with(registration, field, value.getValue());
      if (field.equals("password")) {
        form.put("confirm", value.getValue());
      }
      submit(
          "POST /register",
          new Browser(server.getURI()).visit("/register"),
          "/register",
          form,
          value);
    }
    Map<String, String> login =
        Map.of("username", "victim", "password", "wrong", "remember", "on", "next", "/");
    for (String field : login.keySet()) {
      submit(
          "POST /login",
          new Browser(server.getURI()).visit("/login"),
          "/login",
          with(login, field, value.getValue()),
          value);
    }
    submit("POST /posts", victim, "/posts", Map.of("body", value.getValue()), value);
    submit(
        "POST /messages/{username}",
        victim,
        "/messages/other",
        Map.of("body", value.getValue()),
        value);
    threadForms(value);
    submit(
        "POST /posts/{id}/delete",
        victim,
        "/posts/1/delete",
        Map.of("next", value.getValue()),
        value);
    submit(
        "POST /users/{username}/follow",
        victim,
        "/users/other/follow",
        Map.of("next", value.getValue()),
        value);
    submit(
        "POST /users/{username}/unfollow",
        victim,
        "/users/other/unfollow",
        Map.of("next", value.getValue()),
        value);
    // "third" is nobody the rest of the corpus needs the victim to reach.
    for (String action : BLOCK_ACTIONS) {
      submit(
          "POST /users/{username}/" + action,
          victim,
          "/users/third/" + action,
          Map.of("next", value.getValue()),
          value);
    }
    Browser settings = register("settings" + names.incrementAndGet());
    for (String field : List.of("username", "about", "postsFindable")) {
      Map<String, String> profile =
          new HashMap<>(Map.of("username", "settings" + names.get(), "about", "hi"));
      profile.put(field, value.getValue());
      submit("POST /settings/profile", settings, "/settings/profile", profile, value);
    }
    accountForms(value);
    submit(
        "POST /logout",
        new Browser(server.getURI()).visit("/login"),
        "/logout",
        Map.of("x", value.getValue()),
        value);
  }

  /** Replies, content warnings and likes: the fields and buttons of the post page. */
  private void threadForms(Map.Entry<String, String> value) throws Exception {
    String reply = "/posts/" + othersPost;
    submit(
        "POST /posts (reply)",
        victim,
        "/posts",
        Map.of("body", value.getValue(), "inReplyTo", othersPost),
        value);
    submit(
        "POST /posts (inReplyTo)",
        victim,
        "/posts",
        Map.of("body", "a reply", "inReplyTo", value.getValue()),
        value);
    submit(
        "POST /posts (spoiler)",
        victim,
        "/posts",
        Map.of("body", "warned", "spoiler", value.getValue(), "inReplyTo", othersPost),
        value);
    submit(
        "POST /posts/{id}/like", victim, reply + "/like", Map.of("next", value.getValue()), value);
    editForms(value);
    submit(
        "POST /posts/{id}/unlike",
        victim,
        reply + "/unlike",
        Map.of("next", value.getValue()),
        value);
    submit(
        "POST /posts/{id}/boost",
        victim,
        reply + "/boost",
        Map.of("next", value.getValue()),
        value);
    submit(
        "POST /posts/{id}/unboost",
        victim,
        reply + "/unboost",
        Map.of("next", value.getValue()),
        value);
  }

  /** The edit form's fields on one's own post, and any words on someone else's (refused). */
  private void editForms(Map.Entry<String, String> value) throws Exception {
    String own = "/posts/" + victimsEditablePost + "/edit";
    submit(
        "POST /posts/{id}/edit (body)",
        victim,
        own,
        Map.of("body", value.getValue(), "spoiler", ""),
        value);
    submit(
        "POST /posts/{id}/edit (spoiler)",
        victim,
        own,
        Map.of("body", "edited", "spoiler", value.getValue()),
        value);
    Map<String, Long> before = counts();
    HttpResponse<String> refused =
        victim.post(
            "/posts/" + othersPost + "/edit", Map.of("body", value.getValue(), "spoiler", ""));
    check("POST /posts/{id}/edit (someone else's)", refused, before, value);
    if (refused.statusCode() != 403) {
      problems.add("someone else's post: edit answered " + refused.statusCode() + ", not 403");
    }
  }

  /** The mail-backed account forms; the victim's password is never among the values. */
  private void accountForms(Map.Entry<String, String> value) throws Exception {
    String v = value.getValue();
    submit(
        "POST /reset-password",
        new Browser(server.getURI()).visit("/reset-password"),
        "/reset-password",
        Map.of("email", v),
        value);
    submit(
        "POST /settings/account/email",
        victim,
        "/settings/account/email",
        Map.of("email", v, "current", "wrong password"),
        value);
    submit(
        "POST /settings/account/email",
        victim,
        "/settings/account/email",
        Map.of("email", "new@example.org", "current", v),
        value);
    for (String field : List.of("current", "password", "confirm")) {
      Map<String, String> form =
          new HashMap<>(
              Map.of(
                  "current",
                  "wrong password",
                  "password",
                  "a new long password",
                  "confirm",
                  "a new long password"));
      form.put(field, v);
      submit("POST /settings/account/password", victim, "/settings/account/password", form, value);
    }
    submit(
        "POST /settings/account/verification",
        victim,
        "/settings/account/verification",
        Map.of("x", v),
        value);
    submit("POST /settings/delete", victim, "/settings/delete", Map.of("password", v), value);
  }

  /** The two-factor and sessions forms; the code step with a real pending login of "guarded". */
  private void securityForms(Map.Entry<String, String> value) throws Exception {
    String v = value.getValue();
    String secret =
        Browser.html(victim.get("/settings/two-factor")).select("input[name=secret]").val();
    submit(
        "POST /settings/two-factor/enable",
        victim,
        "/settings/two-factor/enable",
        Map.of("secret", v, "code", "123456"),
        value);
    submit(
        "POST /settings/two-factor/enable",
        victim,
        "/settings/two-factor/enable",
        Map.of("secret", secret, "code", v),
        value);
    submit(
        "POST /settings/two-factor/disable",
        victim,
        "/settings/two-factor/disable",
        Map.of("password", v, "code", v),
        value);
    Browser halfway = new Browser(server.getURI()).visit("/login");
    halfway.post("/login", Map.of("username", "guarded", "password", "password of guarded"));
    submit("POST /login/two-factor", halfway, "/login/two-factor", Map.of("code", v), value);
    String encoded = URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    submit(
        "POST /settings/sessions/{id}/end",
        victim,
        "/settings/sessions/" + encoded + "/end",
        Map.of(),
        value);
  }

  /** An account with two-factor on, so that the code step can be reached. */
  private void guardedAccount() {
    Browser guarded = register("guarded");
    String secret =
        Browser.html(guarded.get("/settings/two-factor")).select("input[name=secret]").val();
    String code =
        Totp.code(TotpSecret.parse(secret), Totp.stepAt(java.time.Instant.now()), Totp.DIGITS);
    var enabled =
        guarded.post("/settings/two-factor/enable", Map.of("secret", secret, "code", code));
    assertThat(Browser.html(enabled).select("#recovery-codes li")).hasSize(10);
  }

  private void pathsAndQueries(Map.Entry<String, String> value) throws Exception {
    String encoded =
        URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
    for (String page :
        List.of(
            "/",
            "/explore",
            "/users/victim",
            "/users/victim/followers",
            "/users/victim/following")) {
      get("GET " + page + "?before=", victim, page + "?before=" + encoded, value);
      get("GET " + page + "?after=", victim, page + "?after=" + encoded, value);
    }
    get("GET /users/{username}", victim, "/users/" + encoded, value);
    get("GET /users/{username}/followers", victim, "/users/" + encoded + "/followers", value);
    get("GET /users/{username}/following", victim, "/users/" + encoded + "/following", value);
    get("GET /posts/{id}", victim, "/posts/" + encoded, value);
    get("GET /posts/{id}?after=", victim, "/posts/" + othersPost + "?after=" + encoded, value);
    get("GET /posts/{id}/edit", victim, "/posts/" + encoded + "/edit", value);
    get("GET /posts/{id}/history", victim, "/posts/" + encoded + "/history", value);
    submit(
        "POST /posts/{id}/edit",
        victim,
        "/posts/" + encoded + "/edit",
        Map.of("body", "edited"),
        value);
    get("GET /notifications?before=", victim, "/notifications?before=" + encoded, value);
    get("GET /messages?before=", victim, "/messages?before=" + encoded, value);
    get("GET /messages/{username}", victim, "/messages/" + encoded, value);
    get("GET /messages/{username}?before=", victim, "/messages/other?before=" + encoded, value);
    get("GET /messages/{username}?after=", victim, "/messages/other?after=" + encoded, value);
    submit(
        "POST /messages/{username}",
        victim,
        "/messages/" + encoded,
        Map.of("body", "hello"),
        value);
    submit(
        "POST /messages/{username}/{id}/delete",
        victim,
        "/messages/other/" + encoded + "/delete",
        Map.of(),
        value);
    submit(
        "POST /messages/{username}/{id}/delete",
        victim,
        "/messages/" + encoded + "/1/delete",
        Map.of(),
        value);
    submit("POST /posts/{id}/like", victim, "/posts/" + encoded + "/like", Map.of(), value);
    submit("POST /posts/{id}/unlike", victim, "/posts/" + encoded + "/unlike", Map.of(), value);
    submit("POST /posts/{id}/boost", victim, "/posts/" + encoded + "/boost", Map.of(), value);
    submit("POST /posts/{id}/unboost", victim, "/posts/" + encoded + "/unboost", Map.of(), value);
    get("GET /tags/{tag}", victim, "/tags/" + encoded, value);
    get("GET /tags/{tag} (anonymous)", new Browser(server.getURI()), "/tags/" + encoded, value);
    get("GET /tags/{tag}?before=", victim, "/tags/hostile?before=" + encoded, value);
    get("GET /tags/{tag}?after=", victim, "/tags/hostile?after=" + encoded, value);
    get("GET /search?q=", victim, "/search?q=" + encoded, value);
    get("GET /search?q= (anonymous)", new Browser(server.getURI()), "/search?q=" + encoded, value);
    get("GET /search?q=&before=", victim, "/search?q=hostile&before=" + encoded, value);
    get("GET /avatars/{username}.svg", victim, "/avatars/" + encoded + ".svg", value);
    get(
        "GET /reset-password/{token}",
        new Browser(server.getURI()),
        "/reset-password/" + encoded,
        value);
    submit(
        "POST /reset-password/{token}",
        new Browser(server.getURI()).visit("/login"),
        "/reset-password/" + encoded,
        Map.of("password", "a new long password", "confirm", "a new long password"),
        value);
    submit(
        "POST /reset-password/{token}",
        new Browser(server.getURI()).visit("/login"),
        "/reset-password/" + "A".repeat(43),
        Map.of("password", value.getValue(), "confirm", value.getValue()),
        value);
    get("GET /verify-email/{token}", victim, "/verify-email/" + encoded, value);
    submit("POST /verify-email/{token}", victim, "/verify-email/" + encoded, Map.of(), value);
    get("GET /login?next=", new Browser(server.getURI()), "/login?next=" + encoded, value);
    submit("POST /posts/{id}/delete", victim, "/posts/" + encoded + "/delete", Map.of(), value);
    submit(
        "POST /users/{username}/follow", victim, "/users/" + encoded + "/follow", Map.of(), value);
    submit(
        "POST /users/{username}/unfollow",
        victim,
        "/users/" + encoded + "/unfollow",
        Map.of(),
        value);
    for (String action : BLOCK_ACTIONS) {
      submit(
          "POST /users/{username}/" + action,
          victim,
          "/users/" + encoded + "/" + action,
          Map.of(),
          value);
    }
  }

  /** The client API's ids and paging parameters, logged in or not: JSON refusals only. */
  private void clientApi(Map.Entry<String, String> value) throws Exception {
    String encoded =
        URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
    Browser anonymous = new Browser(server.getURI());
    apiGet(
        "GET /api/v1/accounts/lookup?acct=",
        anonymous,
        "/api/v1/accounts/lookup?acct=" + encoded,
        value);
    apiGet("GET /api/v1/accounts/{id}", anonymous, "/api/v1/accounts/" + encoded, value);
    apiGet(
        "GET /api/v1/accounts/{id}/statuses",
        victim,
        "/api/v1/accounts/" + encoded + "/statuses",
        value);
    for (String list : List.of("followers", "following")) {
      apiGet(
          "GET /api/v1/accounts/{id}/" + list,
          anonymous,
          "/api/v1/accounts/" + encoded + "/" + list,
          value);
    }
    apiGet(
        "GET /api/v1/timelines/tag/{hashtag}",
        anonymous,
        "/api/v1/timelines/tag/" + encoded,
        value);
    for (String parameter : List.of("q", "type", "max_id", "limit")) {
      apiGet(
          "GET /api/v2/search?" + parameter + "=",
          anonymous,
          "/api/v2/search?q=post&" + parameter + "=" + encoded,
          value);
    }
    apiGet("GET /api/v1/statuses/{id}", anonymous, "/api/v1/statuses/" + encoded, value);
    apiGet(
        "GET /api/v1/statuses/{id}/context",
        anonymous,
        "/api/v1/statuses/" + encoded + "/context",
        value);
    for (String list : List.of("history", "favourited_by", "reblogged_by")) {
      apiGet(
          "GET /api/v1/statuses/{id}/" + list,
          anonymous,
          "/api/v1/statuses/" + encoded + "/" + list,
          value);
    }
    for (String parameter : List.of("max_id", "since_id", "min_id", "limit")) {
      apiGet(
          "GET /api/v1/timelines/public?" + parameter + "=",
          anonymous,
          "/api/v1/timelines/public?" + parameter + "=" + encoded,
          value);
      apiGet(
          "GET /api/v1/accounts/{id}/statuses?" + parameter + "=",
          anonymous,
          "/api/v1/accounts/1/statuses?" + parameter + "=" + encoded,
          value);
      apiGet(
          "GET /api/v1/accounts/{id}/followers?" + parameter + "=",
          anonymous,
          "/api/v1/accounts/1/followers?" + parameter + "=" + encoded,
          value);
      apiGet(
          "GET /api/v1/statuses/{id}/favourited_by?" + parameter + "=",
          anonymous,
          "/api/v1/statuses/1/favourited_by?" + parameter + "=" + encoded,
          value);
    }
  }

  /**
   * OAuth's parameters (app registration, the consent page's query, the token endpoint) and the
   * logged-in API's bodies, ids and headers: JSON refusals, never a 500.
   */
  private void oauthAndLoggedInApi(Map.Entry<String, String> value) throws Exception {
    victimAuthorisesAnApp();
    String hostile = value.getValue();
    ApiClient app = victimsApp;
    String encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
    for (String field : List.of("client_name", "redirect_uris", "scopes", "website")) {
      Map<String, String> form =
          new HashMap<>(Map.of("client_name", "app", "redirect_uris", ApiClient.OOB));
      form.put(field, hostile);
      api("POST /api/v1/apps (" + field + ")", value, () -> app.post("/api/v1/apps", null, form));
    }
    api(
        "POST /api/v1/apps (json)",
        value,
        () ->
            app.send(
                "POST",
                "/api/v1/apps",
                null,
                "application/json",
                "{\"client_name\":\"" + hostile.replace("\\", "").replace("\"", "") + "\"}"));
    for (String parameter :
        List.of(
            "response_type",
            "client_id",
            "redirect_uri",
            "scope",
            "state",
            "code_challenge",
            "code_challenge_method")) {
      String path =
          app.authorizePath(ApiClient.REDIRECT, "read", "s")
              .replaceFirst(parameter + "=[^&]*", parameter + "=" + encoded);
      get("GET /oauth/authorize?" + parameter + "=", victim, path, value);
    }
    for (String field :
        List.of("grant_type", "code", "redirect_uri", "code_verifier", "client_id", "scope")) {
      Map<String, String> form =
          new HashMap<>(
              Map.of(
                  "grant_type", "authorization_code",
                  "client_id", app.clientId,
                  "client_secret", app.clientSecret,
                  "code", "A".repeat(43),
                  "redirect_uri", ApiClient.REDIRECT));
      form.put(field, hostile);
      oauth("POST /oauth/token (" + field + ")", value, () -> app.post("/oauth/token", null, form));
    }
    oauth(
        "POST /oauth/revoke (token)",
        value,
        () ->
            app.post(
                "/oauth/revoke",
                null,
                Map.of(
                    "client_id",
                    app.clientId,
                    "client_secret",
                    app.clientSecret,
                    "token",
                    hostile)));
    oauth(
        "POST /oauth/token (Basic)",
        value,
        () ->
            app.sendWithHeaders(
                "POST",
                "/oauth/token",
                Map.of(
                    "Authorization",
                    "Basic " + printable(hostile),
                    "Content-Type",
                    "application/x-www-form-urlencoded"),
                "grant_type=client_credentials"));
    for (String field : List.of("status", "in_reply_to_id", "spoiler_text")) {
      Map<String, String> form = new HashMap<>(Map.of("status", "from the API"));
      form.put(field, hostile);
      api(
          "POST /api/v1/statuses (" + field + ")",
          value,
          () -> app.post("/api/v1/statuses", victimsToken, form));
    }
    for (String action : List.of("favourite", "unfavourite", "reblog", "unreblog")) {
      api(
          "POST /api/v1/statuses/{id}/" + action,
          value,
          () -> app.post("/api/v1/statuses/" + encoded + "/" + action, victimsToken, Map.of()));
    }
    api(
        "DELETE /api/v1/statuses/{id}",
        value,
        () -> app.delete("/api/v1/statuses/" + encoded, victimsToken));
    api(
        "PUT /api/v1/statuses/{id}",
        value,
        () -> app.put("/api/v1/statuses/" + encoded, victimsToken, Map.of("status", "edited")));
    String own =
        (String)
            app.map(app.post("/api/v1/statuses", victimsToken, Map.of("status", "to edit")))
                .get("id");
    for (String field : List.of("status", "spoiler_text", "language")) {
      Map<String, String> form = new HashMap<>(Map.of("status", "edited through the API"));
      form.put(field, hostile);
      api(
          "PUT /api/v1/statuses/{id} (" + field + ")",
          value,
          () -> app.put("/api/v1/statuses/" + own, victimsToken, form));
    }
    api(
        "POST /api/v1/accounts/{id}/follow",
        value,
        () -> app.post("/api/v1/accounts/" + encoded + "/follow", victimsToken, Map.of()));
    api(
        "GET /api/v1/accounts/relationships?id[]=",
        value,
        () -> app.get("/api/v1/accounts/relationships?id[]=" + encoded, victimsToken));
    for (String parameter : List.of("max_id", "since_id", "min_id", "limit")) {
      api(
          "GET /api/v1/timelines/home?" + parameter + "=",
          value,
          () -> app.get("/api/v1/timelines/home?" + parameter + "=" + encoded, victimsToken));
    }
    api(
        "GET /api/v1/notifications?max_id=",
        value,
        () -> app.get("/api/v1/notifications?max_id=" + encoded, victimsToken));
    api(
        "GET /api/v1/streaming?stream=",
        value,
        () -> app.get("/api/v1/streaming?stream=" + encoded, victimsToken));
    api(
        "GET /api/v1/streaming/user?access_token=",
        value,
        () -> app.get("/api/v1/streaming/user?access_token=" + encoded, null));
    api(
        "GET /api/v1/timelines/home (Authorization)",
        value,
        () ->
            app.sendWithHeaders(
                "GET",
                "/api/v1/timelines/home",
                Map.of("Authorization", "Bearer " + printable(hostile)),
                null));
  }

  /** What an HTTP client lets into a header: printable ASCII, a screenful at most. */
  private static String printable(String value) {
    String ascii = value.replaceAll("[^\\x20-\\x7e]", "");
    return ascii.substring(0, Math.min(ascii.length(), 1000));
  }

  /** A client-API call: below 500, JSON, and a refusal is Mastodon's {@code {"error": ...}}. */
  private void api(
      String endpoint, Map.Entry<String, String> value, Supplier<HttpResponse<String>> call)
      throws Exception {
    jsonAnswer(endpoint, value, call, "{\"error\":");
  }

  /** An OAuth endpoint: refusals in OAuth's shape. */
  private void oauth(
      String endpoint, Map.Entry<String, String> value, Supplier<HttpResponse<String>> call)
      throws Exception {
    jsonAnswer(endpoint, value, call, "{\"error\":");
  }

  private void jsonAnswer(
      String endpoint,
      Map.Entry<String, String> value,
      Supplier<HttpResponse<String>> call,
      String errorStart)
      throws Exception {
    Map<String, Long> before = counts();
    answered(endpoint, value, call)
        .ifPresent(
            response -> {
              checkQuietly(endpoint, response, before, value);
              String type = response.headers().firstValue("Content-Type").orElse("");
              if (!type.startsWith("application/json")) {
                problems.add(endpoint + " [" + value.getKey() + "]: answered " + type);
              }
              if (response.statusCode() >= 400 && !response.body().startsWith(errorStart)) {
                problems.add(endpoint + " [" + value.getKey() + "]: not a JSON error");
              }
            });
  }

  /** As {@link #get}, and a refusal must be Mastodon's JSON error, never a page. */
  private void apiGet(
      String endpoint, Browser browser, String path, Map.Entry<String, String> value)
      throws Exception {
    Map<String, Long> before = counts();
    answered(endpoint, value, () -> browser.get(path))
        .ifPresent(
            response -> {
              checkQuietly(endpoint, response, before, value);
              String type = response.headers().firstValue("Content-Type").orElse("");
              if (!type.startsWith("application/json")) {
                problems.add(endpoint + " [" + value.getKey() + "]: answered " + type);
              }
              if (response.statusCode() >= 400 && !response.body().startsWith("{\"error\":")) {
                problems.add(endpoint + " [" + value.getKey() + "]: not a JSON error");
              }
            });
  }

  private void wrongContentTypesAndBrokenBodies() throws Exception {
    String token = victim.csrfToken().orElseThrow();
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put(
        "application/json",
        ("{\"csrfToken\":\"" + token + "\",\"body\":\"json\"}").getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "text/plain", ("csrfToken=" + token + "&body=plain").getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "multipart/form-data; boundary=x",
        ("--x\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nmultipart\r\n--x--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    bodies.put(null, ("csrfToken=" + token + "&body=no-type").getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "application/x-www-form-urlencoded; invalid UTF-8 raw",
        concat(
            "csrfToken=" + token + "&body=",
            new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28}));
    bodies.put(
        "application/x-www-form-urlencoded; invalid UTF-8 escaped",
        ("csrfToken=" + token + "&body=%FF%FE%C3%28").getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "application/x-www-form-urlencoded; duplicated field",
        ("csrfToken=" + token + "&body=one&body=two").getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "application/x-www-form-urlencoded; duplicated token",
        ("csrfToken=forged&csrfToken=" + token + "&body=dup").getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "application/x-www-form-urlencoded; broken encoding",
        ("csrfToken=" + token + "&body=%zz%").getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "application/x-www-form-urlencoded; 10 MB",
        ("csrfToken=" + token + "&body=" + "a".repeat(10 * 1024 * 1024))
            .getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
      String type = body.getKey() == null ? null : body.getKey().split(";")[0];
      Map<String, Long> before = counts();
      HttpResponse<String> response = victim.postBytes("/posts", type, body.getValue());
      check(
          "POST /posts (" + body.getKey() + ")",
          response,
          before,
          Map.entry(String.valueOf(body.getKey()), ""));
    }
  }

  private void forgedAndExpiredLogins() throws Exception {
    Authentication victimLogin =
        Authentication.build("1", List.of("user"), Map.of("username", "victim"));
    Map<String, String> cookies = new LinkedHashMap<>();
    cookies.put("expired", tokens.generateToken(victimLogin, -60).orElseThrow());
    cookies.put("unsigned", "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwidXNlcm5hbWUiOiJ2aWN0aW0ifQ.");
    cookies.put("garbage", "not.a.token");
    cookies.put("huge", "x".repeat(8_000));
    for (Map.Entry<String, String> cookie : cookies.entrySet()) {
      Browser browser = new Browser(server.getURI()).withCookie("mb_session", cookie.getValue());
      Map<String, Long> before = counts();
      HttpResponse<String> home = browser.get("/");
      check(
          "GET / with " + cookie.getKey() + " login cookie",
          home,
          before,
          Map.entry(cookie.getKey(), ""));
      if (home.statusCode() == 200) {
        problems.add(cookie.getKey() + " login cookie was accepted");
      }
      browser.visit("/explore");
      check(
          "POST /posts with " + cookie.getKey() + " login cookie",
          browser.post("/posts", Map.of("body", "forged")),
          before,
          Map.entry(cookie.getKey(), ""));
    }
  }

  /** A message between two other people: its id in one's own URL is 404, and nothing changes. */
  private void someoneElsesMessageIsNotFound() throws Exception {
    Map<String, Long> before = counts();
    for (String partner : List.of("other", "third")) {
      HttpResponse<String> response =
          victim.post("/messages/" + partner + "/" + othersMessage + "/delete", Map.of());
      if (response.statusCode() != 404 || !before.equals(counts())) {
        problems.add(
            "someone else's message via /messages/"
                + partner
                + " -> "
                + response.statusCode()
                + (before.equals(counts()) ? "" : ", and the database changed"));
      }
    }
  }

  private void everyPageStillRendersEscaped() throws Exception {
    for (String page :
        List.of(
            "/",
            "/explore",
            "/users/victim",
            "/posts/" + othersPost,
            "/tags/hostile",
            "/search?q=hostile",
            "/posts/" + victimsEditablePost + "/edit",
            "/posts/" + victimsEditablePost + "/history",
            "/notifications",
            "/messages",
            "/messages/other",
            "/settings/profile",
            "/settings/account",
            "/settings/blocks",
            "/settings/export")) {
      get("GET " + page, victim, page, Map.entry("after the corpus", ""));
    }
  }

  private void submit(
      String endpoint,
      Browser browser,
      String path,
      Map<String, String> form,
      Map.Entry<String, String> value)
      throws Exception {
    Map<String, Long> before = counts();
    answered(endpoint, value, () -> browser.post(path, form))
        .ifPresent(response -> checkQuietly(endpoint, response, before, value));
  }

  private void get(String endpoint, Browser browser, String path, Map.Entry<String, String> value)
      throws Exception {
    Map<String, Long> before = counts();
    answered(endpoint, value, () -> browser.get(path))
        .ifPresent(response -> checkQuietly(endpoint, response, before, value));
    if (!before.equals(counts())) {
      problems.add(endpoint + " [" + value.getKey() + "]: a GET changed the database");
    }
  }

  /** The response, or a recorded problem when the server dropped the connection instead. */
  private Optional<HttpResponse<String>> answered(
      String endpoint, Map.Entry<String, String> value, Supplier<HttpResponse<String>> request) {
    try {
      return Optional.of(request.get());
    } catch (UncheckedIOException dropped) {
      requests.incrementAndGet();
      problems.add(
          endpoint + " [" + value.getKey() + "]: no answer (" + dropped.getMessage() + ")");
      return Optional.empty();
    }
  }

  private void checkQuietly(
      String endpoint,
      HttpResponse<String> response,
      Map<String, Long> before,
      Map.Entry<String, String> value) {
    try {
      check(endpoint, response, before, value);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void check(
      String endpoint,
      HttpResponse<String> response,
      Map<String, Long> before,
      Map.Entry<String, String> value)
      throws SQLException {
    endpoints.add(endpoint.replaceAll(" \\(.*| with .*|\\?.*", ""));
    requests.incrementAndGet();
    String where = endpoint + " [" + value.getKey() + "] -> " + response.statusCode();
    String body = response.body() == null ? "" : response.body();
    if (response.statusCode() >= 500) {
      serverErrors.incrementAndGet();
      problems.add(where + ": server error");
    }
    if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.microblog.")) {
      problems.add(where + ": stack trace or internals in the page");
    }
    boolean html =
        response.headers().firstValue("Content-Type").orElse("text/html").startsWith("text/html");
    // Only HTML is rendered by a browser; the JSON export (an attachment, nosniff) holds raw text.
    if (html
        && (body.contains(HostileValues.SCRIPT)
            || body.contains("<img src=x onerror")
            || body.contains("<b onmouseover"))) {
      problems.add(where + ": user text rendered unescaped");
    }
    if (response.statusCode() >= 400 && !before.equals(counts())) {
      problems.add(where + ": refused, yet the database changed " + before + " -> " + counts());
    }
  }

  private Map<String, Long> counts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        Statement statement = connection.createStatement()) {
      for (String table :
          List.of(
              "users",
              "posts",
              "post_tags",
              "follows",
              "likes",
              "logins",
              "two_factor",
              "recovery_codes",
              "post_versions",
              "notifications",
              "messages",
              "conversations",
              "blocks",
              "mutes")) {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT COALESCE(SUM(LENGTH(username) + LENGTH(about)), 0) FROM users")) {
        rows.next();
        counts.put("profile text", rows.getLong(1));
      }
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT COALESCE(SUM(LENGTH(body) + LENGTH(spoiler)), 0) FROM posts")) {
        rows.next();
        counts.put("post text", rows.getLong(1));
      }
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT COUNT(*) FROM messages WHERE hidden_by_sender OR hidden_by_recipient")) {
        rows.next();
        counts.put("hidden messages", rows.getLong(1));
      }
    }
    return counts;
  }

  private static Map<String, String> with(Map<String, String> base, String field, String value) {
    Map<String, String> form = new HashMap<>(base);
    form.put(field, value);
    return form;
  }

  private static byte[] concat(String text, byte[] tail) {
    byte[] head = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
