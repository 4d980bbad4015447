package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.adapter.web.testing.Browser;

/**
 * A data folder written by an older release opens in this one with everything in it: the current
 * version migrates a copy of the V3 fixture (fixtures/v3/README.md) and serves its users and posts.
 */
class UpgradeTest {

  @Test
  void aDataFolderFromSchemaV3OpensWithItsUsersPostsAndFollows(@TempDir Path data) {
    V3DataFolder.copyInto(data);
    Map<String, Object> properties =
        Map.of(DataDirectory.PROPERTY, data.toString(), "micronaut.server.port", -1);
    try (ApplicationContext context =
            ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .properties(SigningSecret.properties(data))
                .start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start()) {
      Browser ada = new Browser(server.getURI()).logIn("ada", V3DataFolder.PASSWORD);

      assertThat(Browser.html(ada.get("/")).select(".post-body").eachText())
          .containsExactly(
              "A second post from Ada: café, naïve, 💡 survive the upgrade too.",
              "Bob was here before the upgrade.",
              "Ada's first post, written by release 0.1 (schema V3).");
      assertThat(Browser.html(ada.get("/users/bob")).text()).contains("bob");
      ada.visit("/");
      assertThat(ada.post("/posts", Map.of("body", "Written after the upgrade.")).statusCode())
          .isEqualTo(303);
    }
  }
}
