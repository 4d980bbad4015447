package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.slf4j.LoggerFactory;

/** Health, readiness, metrics and the access log, as an operator sees them. */
@MicronautTest
class OperationsTest {
  private static final int DATABASE_POOL_SIZE = 10;

  @Inject EmbeddedServer server;

  @Inject
  @Named(TaskExecutors.BLOCKING)
  ExecutorService blocking;

  private Browser client() {
    return new Browser(server.getURI());
  }

  @Test
  void livenessAnswersUp() {
    HttpResponse<String> response = client().get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void readinessAnswersUpWithoutDetails() {
    HttpResponse<String> response = client().get("/management/health/readiness");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("diskSpace");
  }

  @Test
  void prometheusMetricsCoverRequestsThePoolAndTheJvm() {
    client().get("/explore");

    HttpResponse<String> response = client().get("/management/prometheus");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("http_server_requests_seconds_count")
        .contains("hikaricp_connections")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void noOtherManagementEndpointIsExposed() {
    for (String path :
        List.of(
            "/management/beans", "/management/env", "/management/loggers", "/management/stop")) {
      assertThat(client().get(path).statusCode()).as(path).isIn(401, 403, 404);
    }
  }

  @Test
  void everyRequestIsLoggedOnceWithoutSecrets() {
    Logger access = (Logger) LoggerFactory.getLogger("microblog.access");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    access.addAppender(lines);
    Level configured = access.getLevel();
    access.setLevel(Level.INFO);
    try {
      Browser browser = client().visit("/register");
      browser.post(
          "/register",
          Map.of(
              "username",
              "logan",
              "email",
              "logan@example.org",
              "password",
              "sekret-password",
              "confirm",
              "sekret-password"));
      browser.get("/users/logan?before=5");

      List<String> messages = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertThat(messages).hasSize(3);
      assertThat(messages.get(0)).matches("GET /register 200 \\d+\\.\\d{3}ms");
      assertThat(messages.get(1)).matches("POST /register 303 \\d+\\.\\d{3}ms");
      assertThat(messages.get(2)).matches("GET /users/\\{username\\} 200 \\d+\\.\\d{3}ms");
      assertThat(String.join("\n", messages))
          .doesNotContain("sekret")
          .doesNotContain("mb_csrf")
          .doesNotContain(browser.csrfToken().orElseThrow());
    } finally {
      access.detachAppender(lines);
      access.setLevel(configured);
    }
  }

  @Test
  void requestsRunOnAFixedPoolAsLargeAsTheDatabasePool() throws Exception {
    int asked = 3 * DATABASE_POOL_SIZE;
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    try {
      for (int i = 0; i < asked; i++) {
        blocking.execute(
            () -> {
              running.incrementAndGet();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
      }
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (running.get() < DATABASE_POOL_SIZE && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(200);

      assertThat(running.get()).isEqualTo(DATABASE_POOL_SIZE);
    } finally {
      release.countDown();
    }
  }
}
