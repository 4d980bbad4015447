package org.microblog.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * What the client API's tests with bearer tokens share: tokens of Alice and Bob with several scopes
 * (the token query mocked), both people's public profiles, and a client that sends a request with a
 * token and reads the JSON answer.
 */
abstract class BearerApiTestSupport extends WebTestSupport {
  static final String ALICE_ALL = "a".repeat(43);
  static final String BOB_ALL = "b".repeat(43);
  static final String ALICE_READ = "r".repeat(43);
  static final String ALICE_FOLLOW = "f".repeat(43);
  static final String ALICE_STATUSES = "s".repeat(43);
  static final String HUGE_ID = "9".repeat(25);
  static final Instant AT = Instant.parse("2026-11-30T10:48:33.901Z");
  static final List<String> ACCOUNT_FIELDS =
      List.of(
          "id",
          "username",
          "acct",
          "display_name",
          "locked",
          "bot",
          "created_at",
          "note",
          "url",
          "avatar",
          "avatar_static",
          "header",
          "header_static",
          "followers_count",
          "following_count",
          "statuses_count",
          "last_status_at",
          "fields",
          "emojis");
  static final List<String> STATUS_FIELDS =
      List.of(
          "id",
          "created_at",
          "in_reply_to_id",
          "in_reply_to_account_id",
          "sensitive",
          "spoiler_text",
          "visibility",
          "language",
          "uri",
          "url",
          "replies_count",
          "reblogs_count",
          "favourites_count",
          "edited_at",
          "content",
          "reblog",
          "account",
          "media_attachments",
          "mentions",
          "tags",
          "emojis");
  static final List<String> RELATIONSHIP_FIELDS =
      List.of(
          "id",
          "following",
          "showing_reblogs",
          "notifying",
          "languages",
          "followed_by",
          "blocking",
          "blocked_by",
          "muting",
          "muting_notifications",
          "requested",
          "requested_by",
          "domain_blocking",
          "endorsed",
          "note");

  @Inject JsonMapper json;
  @Inject BearerTokenQuery tokens;
  @Inject ProfileQuery profiles;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void tokensAndPeople() {
    reset(tokens, profiles);
    when(tokens.authenticate(any())).thenReturn(Optional.empty());
    token(ALICE_ALL, ALICE, "read write follow");
    token(BOB_ALL, BOB, "read write follow");
    token(ALICE_READ, ALICE, "read");
    token(ALICE_FOLLOW, ALICE, "follow");
    token(ALICE_STATUSES, ALICE, "read:statuses write:statuses");
    when(profiles.profiles(anyCollection()))
        .thenAnswer(
            call ->
                Stream.of(
                        profile(ALICE, "alice", Relation.NONE), profile(BOB, "bob", Relation.NONE))
                    .filter(p -> call.<Collection<UserId>>getArgument(0).contains(p.id()))
                    .toList());
    when(profiles.profile(any(), any())).thenReturn(Optional.empty());
  }

  void token(String value, UserId user, String scopes) {
    when(tokens.authenticate(value))
        .thenReturn(
            Optional.of(
                new AccessToken(
                    TokenHash.of(value),
                    new ClientId("c".repeat(43)),
                    Optional.of(user),
                    Scopes.parse(scopes),
                    AT)));
  }

  static ProfileView profile(UserId id, String name, Relation relation) {
    return new ProfileView(
        id,
        new Username(name),
        new AboutMe("about " + name),
        Instant.parse("2026-01-02T03:04:05.678Z"),
        Instant.parse("2026-11-01T00:00:00Z"),
        3,
        4,
        false,
        relation);
  }

  static NotificationView followed(long id, UserId actor) {
    return new NotificationView(
        id,
        NotificationKind.FOLLOWED,
        actor,
        new Username(actor.equals(ALICE) ? "alice" : "bob"),
        Optional.empty(),
        AT,
        true);
  }

  HttpResponse<String> send(String method, String path, String token) {
    return send(method, path, token, null, null);
  }

  HttpResponse<String> send(
      String method, String path, String token, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURI() + path.replace("[]", "%5B%5D")))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The JSON object an answer holds, checking that it is JSON. */
  Map<String, Object> object(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(response.body())
        .startsWith("application/json");
    try {
      return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(response.statusCode() + " " + response.body(), e);
    }
  }

  /** The JSON array a successful answer holds. */
  List<Map<String, Object>> array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return json.readValue(
          response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    } catch (IOException e) {
      throw new UncheckedIOException(response.statusCode() + " " + response.body(), e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
