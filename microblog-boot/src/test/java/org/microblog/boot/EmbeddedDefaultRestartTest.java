package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.adapter.web.testing.Browser;

/**
 * The shipped configuration, not the test one: an H2 file database and a generated signing secret
 * in the data folder. Posts and logins survive a restart.
 */
class EmbeddedDefaultRestartTest {

  private static EmbeddedServer start(Path dataDirectory) {
    Map<String, Object> properties =
        Map.of(
            DataDirectory.PROPERTY,
            dataDirectory.toString(),
            "micronaut.server.port",
            -1,
            "microblog.bcrypt-cost",
            4);
    ApplicationContext context =
        ApplicationContext.builder()
            .deduceEnvironment(false)
            .properties(properties)
            .properties(SigningSecret.properties(dataDirectory))
            .start();
    return context.getBean(EmbeddedServer.class).start();
  }

  @Test
  void postsAndLoginsSurviveARestart(@TempDir Path data) {
    Browser browser;
    try (EmbeddedServer first = start(data)) {
      browser = new Browser(first.getURI());
      browser.register("ivy", "8chars-ok");
      browser
          .logIn("ivy", "8chars-ok")
          .post("/posts", Map.of("body", "written before the restart"));
    }
    assertThat(Files.exists(data.resolve("microblog.mv.db"))).isTrue();
    assertThat(Files.exists(data.resolve("token-secret"))).isTrue();

    try (EmbeddedServer second = start(data)) {
      Browser sameCookies = browser.at(second.getURI());
      assertThat(Browser.html(sameCookies.get("/")).select(".post-body").eachText())
          .containsExactly("written before the restart");
    }
  }
}
