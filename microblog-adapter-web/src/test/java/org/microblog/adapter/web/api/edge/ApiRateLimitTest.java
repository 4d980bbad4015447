package org.microblog.adapter.web.api.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.Scopes;

/**
 * The client API's budget (Mastodon's is 300 requests per 5 minutes; 3 here): per access token, per
 * client address without one, said on every answer, 429 in JSON past it.
 */
@MicronautTest
@Property(name = "microblog.limits.api-requests-per-five-minutes", value = "3")
class ApiRateLimitTest extends WebTestSupport {
  private static final String FIRST = "f".repeat(43);
  private static final String SECOND = "s".repeat(43);

  @Inject BearerTokenQuery tokens;

  @BeforeEach
  void twoTokensOfAlice() {
    reset(tokens);
    when(tokens.authenticate(any())).thenReturn(Optional.empty());
    when(tokens.authenticate(FIRST)).thenReturn(Optional.of(token(FIRST)));
    when(tokens.authenticate(SECOND)).thenReturn(Optional.of(token(SECOND)));
  }

  private static AccessToken token(String value) {
    return new AccessToken(
        TokenHash.of(value),
        new ClientId("c".repeat(43)),
        Optional.of(ALICE),
        Scopes.parse("read"),
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  private HttpResponse<String> home(String token) {
    return new ApiHttp(server.getURI())
        .send("GET", "/api/v1/timelines/home", "Authorization", "Bearer " + token);
  }

  @Test
  void theCallPastTheBudgetIs429WithTheHeadersAndAnotherTokenHasItsOwnBudget() {
    Instant before = Instant.now();
    for (int remaining = 2; remaining >= 0; remaining--) {
      HttpResponse<String> allowed = home(FIRST);
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.headers().firstValue("X-RateLimit-Limit")).contains("3");
      assertThat(allowed.headers().firstValue("X-RateLimit-Remaining"))
          .contains(Integer.toString(remaining));
    }

    HttpResponse<String> refused = home(FIRST);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).isEqualTo("{\"error\":\"Too many requests\"}");
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(refused.headers().firstValue("X-RateLimit-Limit")).contains("3");
    assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).contains("0");
    Instant reset = Instant.parse(refused.headers().firstValue("X-RateLimit-Reset").orElseThrow());
    assertThat(reset)
        .isAfter(before.plus(Duration.ofMinutes(4)))
        .isBefore(Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(1));
    assertThat(refused.headers().firstValue("Access-Control-Allow-Origin"))
        .as("a browser app can read the refusal")
        .contains("*");

    HttpResponse<String> other = home(SECOND);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("X-RateLimit-Remaining")).contains("2");
  }

  @Test
  void callsWithoutATokenSpendTheClientAddresssBudget() {
    ApiHttp http = new ApiHttp(server.getURI());
    HttpResponse<String> first = http.send("GET", "/api/v1/instance");
    http.send("GET", "/api/v1/custom_emojis");
    http.send("GET", "/api/v1/no-such-endpoint");

    HttpResponse<String> refused = http.send("GET", "/api/v1/instance");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("X-RateLimit-Remaining")).contains("2");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).isEqualTo("{\"error\":\"Too many requests\"}");
    assertThat(http.send("GET", "/explore").statusCode())
        .as("pages have budgets of their own")
        .isEqualTo(200);
  }
}
