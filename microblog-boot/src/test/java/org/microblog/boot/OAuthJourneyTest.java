package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/** OAuth 2.0 over HTTP against the real wiring: register, consent, PKCE, tokens, revocation. */
@MicronautTest
class OAuthJourneyTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  private Browser registered(String name) {
    Browser browser = new Browser(server.getURI());
    assertThat(browser.register(name, "password of " + name).statusCode()).isEqualTo(303);
    return browser.logIn(name, "password of " + name);
  }

  private ApiClient app(String scopes) {
    return ApiClient.register(server.getURI(), json, scopes);
  }

  @Test
  void registersAppsFromFormJsonAndBodiesWithoutContentType() {
    ApiClient client = ApiClient.anonymous(server.getURI(), json);
    HttpResponse<String> form =
        client.send(
            "POST",
            "/api/v1/apps",
            null,
            "application/x-www-form-urlencoded",
            "client_name=Form+app&redirect_uris=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob&scopes=read+write");
    HttpResponse<String> bare =
        client.send(
            "POST",
            "/api/v1/apps",
            null,
            null,
            "client_name=Bare+app&redirect_uris=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob");
    HttpResponse<String> bareJson =
        client.send(
            "POST",
            "/api/v1/apps",
            null,
            null,
            "{\"client_name\":\"Json app\",\"redirect_uris\":[\"" + ApiClient.OOB + "\"]}");

    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    assertThat(client.map(form))
        .containsEntry("name", "Form app")
        .containsEntry("scopes", java.util.List.of("read", "write"))
        .containsKeys("client_id", "client_secret", "vapid_key");
    assertThat(bare.statusCode()).as(bare.body()).isEqualTo(200);
    assertThat(client.map(bare)).containsEntry("scopes", java.util.List.of("read"));
    assertThat(bareJson.statusCode()).as(bareJson.body()).isEqualTo(200);
  }

  @Test
  void refusesAppsWithBadNamesRedirectsOrScopes() {
    ApiClient client = ApiClient.anonymous(server.getURI(), json);
    for (String body :
        new String[] {
          "client_name=&redirect_uris=" + ApiClient.OOB,
          "client_name=" + "x".repeat(61) + "&redirect_uris=" + ApiClient.OOB,
          "client_name=a&redirect_uris=javascript%3Aalert(1)",
          "client_name=a&redirect_uris=" + ApiClient.OOB + "&scopes=admin",
        }) {
      HttpResponse<String> refused =
          client.send("POST", "/api/v1/apps", null, "application/x-www-form-urlencoded", body);
      assertThat(refused.statusCode()).as(body).isEqualTo(422);
      assertThat(client.map(refused)).containsKey("error");
    }
    HttpResponse<String> malformed =
        client.send("POST", "/api/v1/apps", null, "application/json", "{not json");
    assertThat(malformed.statusCode()).isEqualTo(400);
  }

  @Test
  void theWholeFlowWithPkceGivesATokenThatActsForThePerson() {
    Browser ann = registered("oann");
    ApiClient app = app("read write follow");

    HttpResponse<String> consent =
        ann.get(app.authorizePath(ApiClient.REDIRECT, "read write:statuses", "xyz"));
    assertThat(consent.statusCode()).isEqualTo(200);
    assertThat(Browser.html(consent).select("h1").text()).isEqualTo("Authorise Test app?");
    assertThat(Browser.html(consent).select(".scopes li code").eachText())
        .containsExactly("read", "write:statuses");
    assertThat(Browser.html(consent).select(".scopes li").first().text())
        .isEqualTo("Read everything in your account read");
    assertThat(consent.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("form-action 'self' https://app.example;");

    HttpResponse<String> approval =
        ApiClient.decide(
            ann, app.authorizePath(ApiClient.REDIRECT, "read write:statuses", "xyz"), "approve");
    assertThat(approval.statusCode()).isEqualTo(303);
    assertThat(Browser.location(approval)).endsWith("&state=xyz");
    HttpResponse<String> token =
        app.exchange(ApiClient.codeOf(approval), ApiClient.REDIRECT, ApiClient.VERIFIER);

    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    assertThat(app.map(token))
        .containsEntry("token_type", "Bearer")
        .containsEntry("scope", "read write:statuses")
        .containsKeys("access_token", "created_at");
    assertThat(token.headers().firstValue("Cache-Control")).contains("no-store");
    String bearer = (String) app.map(token).get("access_token");
    HttpResponse<String> verified = app.get("/api/v1/apps/verify_credentials", bearer);
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(app.map(verified))
        .containsEntry("name", "Test app")
        .doesNotContainKey("client_secret");
  }

  @Test
  void aWrongVerifierAReusedCodeAndAnotherRedirectAreInvalidGrants() {
    Browser ben = registered("oben");
    ApiClient app = app("read");
    String path = app.authorizePath(ApiClient.REDIRECT, "read", "s");

    String code = ApiClient.codeOf(ApiClient.decide(ben, path, "approve"));
    HttpResponse<String> wrongVerifier =
        app.exchange(code, ApiClient.REDIRECT, ApiClient.VERIFIER.replace('d', 'e'));
    HttpResponse<String> reused = app.exchange(code, ApiClient.REDIRECT, ApiClient.VERIFIER);
    String other = ApiClient.codeOf(ApiClient.decide(ben, path, "approve"));
    HttpResponse<String> elsewhere = app.exchange(other, ApiClient.OOB, ApiClient.VERIFIER);
    String third = ApiClient.codeOf(ApiClient.decide(ben, path, "approve"));
    HttpResponse<String> noVerifier = app.exchange(third, ApiClient.REDIRECT, null);

    for (HttpResponse<String> refused :
        java.util.List.of(wrongVerifier, reused, elsewhere, noVerifier)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(app.map(refused)).containsEntry("error", "invalid_grant");
    }
  }

  @Test
  void denyingSendsAccessDeniedBackAndOobShowsTheCode() {
    Browser cat = registered("ocat");
    ApiClient app = app("read");

    HttpResponse<String> denied =
        ApiClient.decide(cat, app.authorizePath(ApiClient.REDIRECT, "read", "st"), "deny");
    assertThat(Browser.location(denied))
        .startsWith(ApiClient.REDIRECT + "?error=access_denied")
        .endsWith("&state=st");

    HttpResponse<String> oob =
        ApiClient.decide(cat, app.authorizePath(ApiClient.OOB, "read", "st"), "approve");
    assertThat(oob.statusCode()).isEqualTo(200);
    String code = Browser.html(oob).select("#code").val();
    assertThat(app.exchange(code, ApiClient.OOB, ApiClient.VERIFIER).statusCode()).isEqualTo(200);
  }

  @Test
  void unknownAppsAndUnregisteredRedirectsGetAnErrorPageNeverARedirect() {
    Browser dan = registered("odan");
    ApiClient app = app("read");

    HttpResponse<String> unknown =
        dan.get(
            "/oauth/authorize?response_type=code&client_id=nope&redirect_uri="
                + ApiClient.REDIRECT);
    HttpResponse<String> evil = dan.get(app.authorizePath("https://evil.example/", "read", "s"));
    HttpResponse<String> scope = dan.get(app.authorizePath(ApiClient.REDIRECT, "push", "s"));

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(evil.statusCode()).isEqualTo(400);
    assertThat(evil.headers().firstValue("Location")).isEmpty();
    assertThat(scope.statusCode()).isEqualTo(303);
    assertThat(Browser.location(scope)).startsWith(ApiClient.REDIRECT + "?error=invalid_scope");
  }

  @Test
  void anonymousVisitorsLogInFirstAndComeBack() {
    ApiClient app = app("read");
    String path = app.authorizePath(ApiClient.REDIRECT, "read", "s");

    HttpResponse<String> anonymous = new Browser(server.getURI()).get(path);

    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(Browser.location(anonymous)).startsWith("/login");
  }

  @Test
  void clientCredentialsViaBasicAuthAndRevocation() {
    ApiClient app = app("read write");
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString((app.clientId + ":" + app.clientSecret).getBytes());
    HttpResponse<String> token =
        app.sendWithHeaders(
            "POST",
            "/oauth/token",
            Map.of(
                "Authorization",
                "Basic " + basic,
                "Content-Type",
                "application/x-www-form-urlencoded"),
            "grant_type=client_credentials&scope=read");
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    String bearer = (String) app.map(token).get("access_token");
    assertThat(app.get("/api/v1/apps/verify_credentials", bearer).statusCode()).isEqualTo(200);

    HttpResponse<String> wrong =
        app.post(
            "/oauth/token",
            null,
            Map.of(
                "grant_type", "client_credentials",
                "client_id", app.clientId,
                "client_secret", "wrong"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(app.map(wrong)).containsEntry("error", "invalid_client");
    HttpResponse<String> password =
        app.post(
            "/oauth/token",
            null,
            Map.of(
                "grant_type", "password",
                "client_id", app.clientId,
                "client_secret", app.clientSecret,
                "username", "x",
                "password", "y"));
    assertThat(app.map(password)).containsEntry("error", "unsupported_grant_type");

    HttpResponse<String> revoked =
        app.post(
            "/oauth/revoke",
            null,
            Map.of("client_id", app.clientId, "client_secret", app.clientSecret, "token", bearer));
    assertThat(revoked.statusCode()).isEqualTo(200);
    HttpResponse<String> after = app.get("/api/v1/apps/verify_credentials", bearer);
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(app.map(after)).containsKey("error");
  }

  @Test
  void theTokenEndpointReadsMultipartBodiesToo() {
    ApiClient app = app("read");
    String body =
        "--b\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_credentials\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"client_id\"\r\n\r\n"
            + app.clientId
            + "\r\n--b\r\nContent-Disposition: form-data; name=\"client_secret\"\r\n\r\n"
            + app.clientSecret
            + "\r\n--b--\r\n";

    HttpResponse<String> token =
        app.send("POST", "/oauth/token", null, "multipart/form-data; boundary=b", body);

    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    assertThat(app.map(token)).containsEntry("token_type", "Bearer");
  }

  @Test
  void theLoginCookieNeverAuthorisesTheApi() {
    Browser eve = registered("oeve");

    HttpResponse<String> withCookie = eve.get("/api/v1/apps/verify_credentials");

    assertThat(withCookie.statusCode()).isEqualTo(401);
    assertThat(withCookie.body()).contains("\"error\"");
  }

  @Test
  void theAppsPageListsAndRevokesAndLoggingOutEverywhereRevokesToo() {
    Browser fay = registered("ofay");
    ApiClient app = app("read write");
    String first = app.tokenFor(fay, "read");

    assertThat(Browser.html(fay.get("/settings/apps")).select("#apps h2").eachText())
        .containsExactly("Test app");
    assertThat(fay.post("/settings/apps/" + app.clientId + "/revoke", Map.of()).statusCode())
        .isEqualTo(303);
    assertThat(app.get("/api/v1/apps/verify_credentials", first).statusCode()).isEqualTo(401);

    String second = app.tokenFor(fay, "read");
    assertThat(app.get("/api/v1/apps/verify_credentials", second).statusCode()).isEqualTo(200);
    fay.post("/settings/logout-everywhere", Map.of());
    assertThat(app.get("/api/v1/apps/verify_credentials", second).statusCode()).isEqualTo(401);
  }
}
