package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/** "Last seen" is written by the real wiring when a logged-in person uses the site. */
@MicronautTest(transactional = false)
class LastSeenTest {
  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;

  @Test
  void aLoggedInPageViewMovesLastSeenForward() throws Exception {
    Browser browser = new Browser(server.getURI());
    browser.register("seen", "seen password");
    Instant registered = lastSeen("seen");

    browser.logIn("seen", "seen password").get("/explore");

    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!lastSeen("seen").isAfter(registered) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(lastSeen("seen")).as("written off the request path").isAfter(registered);
  }

  private Instant lastSeen(String username) throws SQLException {
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT last_seen FROM users WHERE username_key = ?")) {
      query.setString(1, username);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getTimestamp(1).toInstant();
      }
    }
  }
}
