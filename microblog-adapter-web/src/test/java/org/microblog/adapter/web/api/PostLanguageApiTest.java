package org.microblog.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.Username;
import org.mockito.ArgumentCaptor;

/** A status's {@code language}: shown (null when unknown) and given when posting. */
@MicronautTest
class PostLanguageApiTest extends WebTestSupport {
  private static final String WRITE = "w".repeat(43);

  @Inject JsonMapper json;
  @Inject BearerTokenQuery tokens;
  @Inject PublishPostUseCase publish;
  @Inject ProfileQuery profiles;
  @Inject PostCardsQuery postCards;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void aliceWithAWriteToken() {
    reset(tokens, publish, profiles, postCards);
    when(tokens.authenticate(any())).thenReturn(Optional.empty());
    when(tokens.authenticate(WRITE))
        .thenReturn(
            Optional.of(
                new AccessToken(
                    TokenHash.of(WRITE),
                    new ClientId("c".repeat(43)),
                    Optional.of(ALICE),
                    Scopes.parse("write:statuses"),
                    Instant.parse("2026-01-01T00:00:00Z"))));
    // Stops after publishing: what was published is what these tests look at.
    when(publish.publish(any())).thenThrow(new ApiError.NotFound());
    when(profiles.profiles(anyCollection()))
        .thenReturn(
            List.of(
                new ProfileView(
                    ALICE,
                    new Username("alice"),
                    AboutMe.empty(),
                    Instant.EPOCH,
                    Instant.EPOCH,
                    0,
                    0,
                    false)));
    when(postCards.mentionLinks(anyCollection(), anyCollection()))
        .thenReturn(MentionLinks.unblocked(java.util.Set.of()));
  }

  @Test
  void statusesSayTheirLanguageAndNullWhenUnknown() throws IOException {
    when(timelines.explore(any(), any()))
        .thenReturn(
            new Page<>(
                List.of(
                    new PostView(
                        new PostId(2),
                        ALICE,
                        new Username("alice"),
                        new PostText("hola"),
                        Instant.parse("2026-11-28T12:00:00Z"),
                        ContentWarning.none(),
                        0,
                        0,
                        0,
                        Optional.empty(),
                        Optional.of(new PostLanguage("es"))),
                    post(1, ALICE, "alice", "old")),
                Optional.empty(),
                Optional.empty()));

    HttpResponse<String> response = anonymous().get("/api/v1/timelines/public");

    List<Map<String, Object>> statuses =
        json.readValue(
            response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    assertThat(statuses).extracting(s -> s.get("language")).containsExactly("es", null);
    assertThat(statuses.get(1)).containsKey("language");
  }

  @Test
  void postingTakesALanguageOrLeavesItToTheAccount() {
    post("status=hola&language=es");
    post("status=hello");
    post("status=empty&language=");

    ArgumentCaptor<PublishPostCommand> published =
        ArgumentCaptor.forClass(PublishPostCommand.class);
    verify(publish, org.mockito.Mockito.times(3)).publish(published.capture());
    assertThat(published.getAllValues())
        .extracting(PublishPostCommand::language)
        .containsExactly(Optional.of(new PostLanguage("es")), Optional.empty(), Optional.empty());
  }

  @Test
  void anUnknownOrHostileLanguageIsRefusedAsJson() {
    for (String hostile :
        List.of(
            "xx",
            "ES",
            "spa",
            "es-ES",
            "x".repeat(10_000),
            "<script>alert(1)</script>",
            "es'; DROP TABLE posts; --",
            "\u0000")) {
      HttpResponse<String> refused =
          post("status=hi&language=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));

      assertThat(refused.statusCode()).as(hostile).isEqualTo(422);
      assertThat(refused.body()).startsWith("{\"error\":").doesNotContain("<script>");
    }
    verify(publish, never()).publish(any());
  }

  private HttpResponse<String> post(String form) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/statuses"))
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Authorization", "Bearer " + WRITE)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
