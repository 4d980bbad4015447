package org.microblog.adapter.web.api.edge;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.slf4j.LoggerFactory;

/**
 * The client API's edge as browser apps and operators meet it: CORS on the API and the documents
 * apps read (never on pages), and one WARN line per API 404.
 */
@MicronautTest
class ApiEdgeTest extends WebTestSupport {
  private static final String ELK = "https://elk.zone";
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private Logger notFoundLogger;

  @BeforeEach
  void captureTheNotFoundLog() {
    notFoundLogger =
        (Logger) LoggerFactory.getLogger("org.microblog.adapter.web.api.ApiNotFoundController");
    log.start();
    notFoundLogger.addAppender(log);
  }

  @AfterEach
  void stopCapturing() {
    notFoundLogger.detachAppender(log);
  }

  private ApiHttp http() {
    return new ApiHttp(server.getURI());
  }

  private static HttpResponse<String> preflight(ApiHttp http, String path) {
    return http.send(
        "OPTIONS",
        path,
        "Origin",
        ELK,
        "Access-Control-Request-Method",
        "POST",
        "Access-Control-Request-Headers",
        "authorization,content-type,idempotency-key");
  }

  @Test
  void preflightsOfTheApiAndTheAppDocumentsAreAnsweredWithoutAToken() {
    for (String path :
        List.of(
            "/api/v1/statuses",
            "/api/v1/timelines/home",
            "/api/v1/no-such-endpoint",
            "/oauth/token",
            "/oauth/revoke",
            "/.well-known/nodeinfo",
            "/nodeinfo/2.0")) {
      HttpResponse<String> answer = preflight(http(), path);

      assertThat(answer.statusCode()).as(path).isEqualTo(204);
      assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
      assertThat(answer.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
          .contains("GET")
          .contains("POST")
          .contains("DELETE")
          .contains("PUT");
      assertThat(answer.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
          .contains("Authorization")
          .contains("Content-Type")
          .contains("Idempotency-Key");
      assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
      assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
    }
  }

  @Test
  void apiAnswersAndRefusalsAreReadableFromAnyOriginWithoutCredentials() {
    for (String path : List.of("/api/v1/instance", "/api/v1/timelines/home", "/nodeinfo/2.0")) {
      HttpResponse<String> answer = http().send("GET", path, "Origin", ELK);

      assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
      assertThat(answer.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
          .contains("Link")
          .contains("X-RateLimit-Limit")
          .contains("X-RateLimit-Remaining")
          .contains("X-RateLimit-Reset");
      assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }
    assertThat(http().send("GET", "/api/v1/timelines/home", "Origin", ELK).statusCode())
        .as("a refusal the app can read")
        .isEqualTo(401);
  }

  @Test
  void pagesAndTheirFormsGetNoCorsHeaders() {
    for (String path : List.of("/", "/explore", "/login", "/oauth/authorize", "/events")) {
      HttpResponse<String> page = http().send("GET", path, "Origin", ELK);
      HttpResponse<String> preflight = preflight(http(), path);

      assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).as(path).isEmpty();
    }
    HttpResponse<String> loggedIn = alice().get("/");
    assertThat(loggedIn.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void everyApiNotFoundIsOneWarnLineWithMethodPathAndUserAgentButNoToken() {
    String token = "secret-token-" + "t".repeat(30);

    HttpResponse<String> missing =
        http()
            .send(
                "GET",
                "/api/v1/no-such-endpoint?access_token=" + token,
                "User-Agent",
                "Tusky/25.0",
                "Authorization",
                "Bearer " + token);
    http().send("DELETE", "/api/v2/nothing/here", "User-Agent", "Elk/0.15");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("{\"error\":\"Record not found\"}");
    assertThat(log.list)
        .extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Level.WARN, "API 404: GET /api/v1/no-such-endpoint (User-Agent: Tusky/25.0)"),
            org.assertj.core.groups.Tuple.tuple(
                Level.WARN, "API 404: DELETE /api/v2/nothing/here (User-Agent: Elk/0.15)"));
    assertThat(log.list).noneMatch(event -> event.getFormattedMessage().contains(token));
  }

  @Test
  void aNotFoundLogLineStaysOneBoundedLine() {
    http().send("GET", "/api/v1/x", "User-Agent", "evil\tagent" + "a".repeat(500));

    String line = log.list.get(0).getFormattedMessage();
    assertThat(line).doesNotContain("\t").doesNotContain("\n");
    assertThat(line.length()).isLessThan(300);
  }
}
