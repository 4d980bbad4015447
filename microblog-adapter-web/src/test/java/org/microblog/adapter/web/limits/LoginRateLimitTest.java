package org.microblog.adapter.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;

@MicronautTest
@Property(name = "microblog.limits.failed-logins-per-minute", value = "3")
class LoginRateLimitTest extends WebTestSupport {

  @Test
  void failedLoginsArelimitedPerAccountThenPerAddress() {
    when(authenticateUser.authenticate(any())).thenReturn(Optional.empty());
    Browser attacker = anonymous().visit("/login");
    for (int i = 0; i < 3; i++) {
      assertThat(
              attacker
                  .post("/login", Map.of("username", "alice", "password", "guess" + i))
                  .statusCode())
          .isEqualTo(422);
    }
    clearInvocations(authenticateUser);

    HttpResponse<String> blocked =
        attacker.post("/login", Map.of("username", "ALICE", "password", "right one"));

    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 61));
    assertThat(Browser.html(blocked).select("main").text()).contains("Too many failed logins");
    verify(authenticateUser, never()).authenticate(any());

    HttpResponse<String> otherAccountSameAddress =
        anonymous().visit("/login").post("/login", Map.of("username", "bob", "password", "x"));
    assertThat(otherAccountSameAddress.statusCode())
        .as("the address is limited too")
        .isEqualTo(429);
  }
}
