package org.microblog.adapter.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

@MicronautTest
@Property(name = "microblog.limits.registrations-per-hour", value = "2")
@Property(name = "microblog.limits.posts-per-minute", value = "2")
class RegistrationAndPostRateLimitTest extends WebTestSupport {
  @Inject RegisterUserUseCase registerUser;
  @Inject PublishPostUseCase publishPost;

  private static Map<String, String> registration(String name) {
    return Map.of(
        "username",
        name,
        "email",
        name + "@example.org",
        "password",
        "a long password",
        "confirm",
        "a long password");
  }

  @Test
  void registrationsPerAddressAndPostsPerAccountHaveBudgets() {
    when(registerUser.register(any())).thenReturn(new UserId(9));
    Browser browser = anonymous().visit("/register");
    assertThat(browser.post("/register", Map.of("username", "x")).statusCode())
        .as("typos do not count")
        .isEqualTo(422);
    assertThat(browser.post("/register", registration("first")).statusCode()).isEqualTo(303);
    assertThat(browser.post("/register", registration("second")).statusCode()).isEqualTo(303);
    clearInvocations(registerUser);
    assertThat(browser.post("/register", registration("third")).statusCode()).isEqualTo(429);
    verify(registerUser, never()).register(any());

    when(publishPost.publish(any())).thenReturn(new PostId(1));
    Browser alice = alice();
    assertThat(alice.post("/posts", Map.of("body", "one")).statusCode()).isEqualTo(303);
    assertThat(alice.post("/posts", Map.of("body", "two")).statusCode()).isEqualTo(303);
    clearInvocations(publishPost);
    assertThat(alice.post("/posts", Map.of("body", "three")).statusCode()).isEqualTo(429);
    verify(publishPost, never()).publish(any());
  }
}
