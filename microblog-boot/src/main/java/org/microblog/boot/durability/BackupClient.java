package org.microblog.boot.durability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.microblog.boot.durability.BackupCommandLine.OperationRefused;

/**
 * Asks the running instance on this machine for a backup and writes it to a file. Through the
 * server, because H2 lets only one process open the database: the server makes a consistent copy
 * while it keeps serving. The file appears under its name only once complete.
 */
final class BackupClient {
  private final Path dataDirectory;
  private final Progress progress;

  BackupClient(Path dataDirectory, Progress progress) {
    this.dataDirectory = dataDirectory;
    this.progress = progress;
  }

  void backupTo(Path file) throws IOException {
    if (Files.exists(file)) {
      throw new OperationRefused(file + " already exists; choose a new file name.");
    }
    URI server = URI.create("http://127.0.0.1:" + port() + BackupFormat.PATH);
    // The server copies the whole database before the first byte comes: say so, or a large
    // database would look like a hang.
    System.out.println("backup: the server at " + server.resolve("/") + " is copying the database");
    HttpResponse<InputStream> response = request(server);
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        String reason = new String(body.readAllBytes(), StandardCharsets.UTF_8).strip();
        throw new OperationRefused("the server answered " + response.statusCode() + ": " + reason);
      }
      long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      try (OutputStream out = Files.newOutputStream(partial)) {
        progress.track(body, length, "backup").transferTo(out);
      } catch (IOException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private HttpResponse<InputStream> request(URI server) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(server).header(BackupFormat.KEY_HEADER, key()).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException e) {
      throw new OperationRefused(
          "no Microblog answers at "
              + server.resolve("/")
              + "; a backup is taken through the running server (same PORT and"
              + " MICROBLOG_DATA_DIR as the server).");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private String key() throws IOException {
    String configured = System.getenv("MICROBLOG_TOKEN_SECRET");
    if (configured != null && !configured.isBlank()) {
      return BackupFormat.keyFor(configured);
    }
    Path file = dataDirectory.resolve(BackupFormat.SECRET);
    if (!Files.isReadable(file)) {
      throw new OperationRefused(
          "neither MICROBLOG_TOKEN_SECRET nor " + file + " holds the signing secret.");
    }
    return BackupFormat.keyFor(Files.readString(file, StandardCharsets.US_ASCII).strip());
  }

  private static String port() {
    String port = System.getenv("PORT");
    return port == null || port.isBlank() ? "8080" : port.strip();
  }
}
