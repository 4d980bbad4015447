package org.microblog.adapter.web.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Who may call the logged-in API: only a live bearer token with the endpoint's scope; the login
 * cookie never; refusals are JSON 401 or 403, and no CSRF token is asked of a bearer request.
 */
@MicronautTest
class BearerTokenAuthorizationTest extends WebTestSupport {
  private static final String READ = "r".repeat(43);
  private static final String WRITE = "w".repeat(43);
  private static final String APP_ONLY = "a".repeat(43);
  private static final ClientId APP = new ClientId("c".repeat(43));

  @Inject BearerTokenQuery tokens;
  @Inject PublishPostUseCase publish;
  @Inject ThreadQuery threads;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void someTokens() {
    reset(tokens, publish, threads);
    when(tokens.authenticate(any())).thenReturn(Optional.empty());
    when(tokens.authenticate(READ)).thenReturn(Optional.of(token(Optional.of(ALICE), "read")));
    when(tokens.authenticate(WRITE))
        .thenReturn(Optional.of(token(Optional.of(ALICE), "write:statuses")));
    when(tokens.authenticate(APP_ONLY)).thenReturn(Optional.of(token(Optional.empty(), "read")));
  }

  private static AccessToken token(Optional<UserId> user, String scopes) {
    return new AccessToken(
        TokenHash.of(scopes),
        APP,
        user,
        Scopes.parse(scopes),
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  private HttpResponse<String> send(String method, String path, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURI() + path))
            .method(method, HttpRequest.BodyPublishers.ofString("status=hi"))
            .header("Content-Type", "application/x-www-form-urlencoded");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void publicReadsAnswerAsTheTokensPersonSeesThemAndAsAnyoneWithout() {
    when(timelines.explore(any(), any()))
        .thenReturn(new Page<>(List.of(), Optional.empty(), Optional.empty()));
    when(threads.thread(any(), any(), anyLong())).thenReturn(Optional.empty());

    assertThat(send("GET", "/api/v1/timelines/public", "Bearer " + READ).statusCode())
        .isEqualTo(200);
    verify(timelines).explore(eq(Optional.of(ALICE)), any());
    assertThat(send("GET", "/api/v1/timelines/public", null).statusCode()).isEqualTo(200);
    verify(timelines).explore(eq(Optional.empty()), any());
    assertThat(send("GET", "/api/v1/statuses/5/context", "Bearer " + READ).statusCode())
        .isEqualTo(404);
    verify(threads).thread(new PostId(5), Optional.of(ALICE), 0);
  }

  @Test
  void aTokenWithTheScopeIsLetThrough() {
    HttpResponse<String> home = send("GET", "/api/v1/timelines/home", "Bearer " + READ);

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).isEqualTo("[]");
    assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void noTokenAnUnknownOneOrAnotherSchemeIs401InJson() {
    for (String authorization :
        new String[] {null, "Bearer " + "x".repeat(43), "Bearer", "Basic " + READ, "bearer  "}) {
      HttpResponse<String> refused = send("GET", "/api/v1/timelines/home", authorization);
      assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(refused.body()).startsWith("{\"error\":");
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .contains("Bearer realm=\"Microblog\"");
    }
  }

  @Test
  void aTokenWithoutTheScopeIs403AndChangesNothing() {
    HttpResponse<String> refused = send("POST", "/api/v1/statuses", "Bearer " + READ);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("outside the authorized scopes");
    verify(publish, never()).publish(any());
  }

  @Test
  void anAppTokenCannotActForAPerson() {
    assertThat(send("GET", "/api/v1/timelines/home", "Bearer " + APP_ONLY).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theScopeCoversItsSubScopesOnly() {
    assertThat(send("GET", "/api/v1/timelines/home", "Bearer " + WRITE).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/v1/statuses/1/favourite", "Bearer " + WRITE).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theLoginCookieNeverAuthorisesTheApi() {
    HttpResponse<String> withCookie = alice().get("/api/v1/timelines/home");

    assertThat(withCookie.statusCode()).isEqualTo(401);
    assertThat(withCookie.body()).startsWith("{\"error\":");
  }

  @Test
  void bearerWritesNeedNoCsrfTokenButPagesStillDo() {
    when(publish.publish(any())).thenThrow(new org.microblog.adapter.web.api.ApiError.NotFound());

    HttpResponse<String> api = send("POST", "/api/v1/statuses", "Bearer " + WRITE);
    HttpResponse<String> page = send("POST", "/posts", "Bearer " + WRITE);

    assertThat(api.statusCode()).as("past CSRF and scope, to the use case").isEqualTo(404);
    assertThat(page.statusCode()).isEqualTo(403);
  }
}
