package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.adapter.web.testing.Browser;

/**
 * SIGTERM, as an orchestrator sends it: a slow upload already in flight is answered in full and its
 * post kept, new connections are refused at once, and the process exits within the grace period (20
 * s). The slow request is an honest slow client, a form body sent in two parts with a pause between
 * them, not an endpoint made slow for the test.
 */
class GracefulShutdownTest {
  private static final Duration GRACE_PERIOD = Duration.ofSeconds(20);
  private static final String TEXT = "finished after SIGTERM";

  @Test
  void finishesASlowUploadInFlightRefusesNewConnectionsAndExitsInTime(@TempDir Path data)
      throws Exception {
    String rawResponse;
    long exitedAfterMillis;
    boolean refusedNewConnections;
    try (AppProcess app = AppProcess.start(data, Map.of())) {
      Browser person = new Browser(app.uri());
      person.register("terry", "graceful-pw");
      person.logIn("terry", "graceful-pw").visit("/");
      byte[] body =
          ("csrfToken="
                  + person.csrfToken().orElseThrow()
                  + "&body="
                  + URLEncoder.encode(TEXT, StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.US_ASCII);
      try (Socket slow = new Socket("127.0.0.1", app.uri().getPort())) {
        slow.setSoTimeout(30_000);
        OutputStream out = slow.getOutputStream();
        out.write(headers(app, person, body.length));
        out.write(body, 0, body.length / 2);
        out.flush();
        AppProcess.sleep(300);

        long terminated = System.nanoTime();
        app.terminate();
        refusedNewConnections =
            refusesConnectionsWithin(app.uri().getPort(), Duration.ofSeconds(10));
        out.write(body, body.length / 2, body.length - body.length / 2);
        out.flush();
        rawResponse = readAll(slow.getInputStream());
        assertThat(app.awaitExit(GRACE_PERIOD.plusSeconds(10))).as(app.output()).isTrue();
        exitedAfterMillis = (System.nanoTime() - terminated) / 1_000_000;
      }
    }
    System.out.printf("SIGTERM: exited %d ms after the signal%n", exitedAfterMillis);

    assertThat(refusedNewConnections).as("new connections refused after SIGTERM").isTrue();
    assertThat(rawResponse).startsWith("HTTP/1.1 303");
    assertThat(exitedAfterMillis).isLessThan(GRACE_PERIOD.toMillis());
    assertThat(postsWithText(data)).as("the slow post is stored").isEqualTo(1);
  }

  private static byte[] headers(AppProcess app, Browser person, int length) {
    String cookies =
        "mb_session="
            + person.cookie("mb_session").orElseThrow().getValue()
            + "; mb_csrf="
            + person.csrfToken().orElseThrow();
    return ("POST /posts HTTP/1.1\r\n"
            + "Host: 127.0.0.1:"
            + app.uri().getPort()
            + "\r\n"
            + "Cookie: "
            + cookies
            + "\r\n"
            + "Accept: text/html\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: "
            + length
            + "\r\n"
            + "Connection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean refusesConnectionsWithin(int port, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      } catch (ConnectException refused) {
        return true;
      } catch (IOException other) {
        // a timeout or reset: try again
      }
      AppProcess.sleep(20);
    }
    return false;
  }

  private static String readAll(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static long postsWithText(Path data) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(DataFolderFixture.jdbcUrl(data), "sa", "");
        PreparedStatement query =
            connection.prepareStatement("SELECT COUNT(*) FROM posts WHERE body = ?")) {
      query.setString(1, TEXT);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
