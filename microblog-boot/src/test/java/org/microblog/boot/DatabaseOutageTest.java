package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/**
 * Readiness follows the database: UP, then DOWN (503, quickly) while PostgreSQL cannot be reached,
 * then UP again by itself once it can, without a restart.
 */
class DatabaseOutageTest {
  private static final String READINESS = "/management/health/readiness";

  @Test
  void readinessFailsWhileTheDatabaseIsUnreachableAndRecovers() throws Exception {
    try (PostgresSchema schema = PostgresSchema.createOrSkip();
        TcpProxy proxy = new TcpProxy(schema.port());
        EmbeddedServer server = Instances.start(schema.url(proxy.port()))) {
      Browser client = new Browser(server.getURI());
      assertThat(client.get(READINESS).statusCode()).isEqualTo(200);
      Browser author = new Browser(server.getURI());
      author.register("outage", "before the outage");
      author.logIn("outage", "before the outage");
      assertThat(author.post("/posts", Map.of("body", "written before the outage")).statusCode())
          .isEqualTo(303);

      proxy.cut();
      long started = System.nanoTime();
      HttpResponse<String> down =
          waitFor(client, r -> r.statusCode() == 503, Duration.ofSeconds(20));
      Duration tookToNotice = Duration.ofNanos(System.nanoTime() - started);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("DOWN");
      assertThat(tookToNotice).isLessThan(Duration.ofSeconds(15));
      assertThat(client.get("/health").statusCode()).as("liveness unaffected").isEqualTo(200);
      HttpResponse<String> page = client.get("/explore");
      assertThat(page.statusCode()).as("pages say 'try again'").isEqualTo(503);
      assertThat(page.headers().firstValue("Retry-After")).isPresent();
      assertThat(Browser.html(page).select("h1").text()).isEqualTo("Please try again");

      proxy.restore();
      assertThat(waitFor(client, r -> r.statusCode() == 200, Duration.ofSeconds(30)).statusCode())
          .isEqualTo(200);
      HttpResponse<String> afterwards = client.get("/explore");
      assertThat(afterwards.statusCode()).isEqualTo(200);
      assertThat(Browser.html(afterwards).select(".post-body").eachText())
          .as("nothing committed before the outage is lost")
          .containsExactly("written before the outage");
    }
  }

  private static HttpResponse<String> waitFor(
      Browser client, Predicate<HttpResponse<String>> condition, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    HttpResponse<String> last = client.get(READINESS);
    while (!condition.test(last) && System.nanoTime() < deadline) {
      Thread.sleep(250);
      last = client.get(READINESS);
    }
    return last;
  }
}
