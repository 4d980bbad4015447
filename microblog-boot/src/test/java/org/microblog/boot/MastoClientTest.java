package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/**
 * A real Mastodon client library, masto.js 6 (pinned by {@code api-clients/package-lock.json}, Node
 * 20), drives the running server: apps, OAuth (its multipart token requests), the logged-in
 * endpoints and the start-up burst ({@code api-clients/masto-journey.mjs}). Skipped where the
 * library is not installed ({@code npm ci --prefix microblog-boot/api-clients}; {@code .ci/run}
 * does it).
 */
@MicronautTest
class MastoClientTest {
  private static final Path CLIENTS = Path.of("api-clients");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Test
  void mastoJsDrivesTheServer() throws IOException, InterruptedException {
    assumeTrue(
        Files.isDirectory(CLIENTS.resolve("node_modules/masto")),
        "masto.js not installed (npm ci --prefix microblog-boot/api-clients)");
    Browser person = new Browser(server.getURI());
    person.register("masto", "password of masto");
    person = person.logIn("masto", "password of masto");
    String token =
        ApiClient.register(server.getURI(), json, "read write follow")
            .tokenFor(person, "read write follow");
    String base = server.getURI().toString().replaceAll("/$", "");

    Process node =
        new ProcessBuilder("node", "masto-journey.mjs", base, token)
            .directory(CLIENTS.toFile())
            .redirectErrorStream(true)
            .start();
    boolean finished = node.waitFor(120, TimeUnit.SECONDS);
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(finished).as("masto.js journey finished in time").isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output)
        .contains(
            "ok statuses_count",
            "ok statuses.favouritedBy.list",
            "ok statuses.rebloggedBy.list",
            "ok statuses.update",
            "ok statuses.history.list",
            "ok revoke, then 401");
  }
}
