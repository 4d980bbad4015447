package org.microblog.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real main class in a JVM of its own, as an operator runs it, so that a test can kill it with
 * SIGKILL or SIGTERM. It runs from the test JVM's own class path (surefire runs before the fat jar
 * is packaged), with cheap password hashing and lifted post and registration budgets.
 */
final class AppProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private final Process process;
  private final URI uri;
  private final Path log;
  private final Path errors;

  private AppProcess(Process process, URI uri, Path log, Path errors) {
    this.process = process;
    this.uri = uri;
    this.log = log;
    this.errors = errors;
  }

  /** Starts the app on this data folder and waits until it serves {@code /health}. */
  static AppProcess start(Path dataDirectory, Map<String, String> environment) {
    AppProcess app = launch(List.of(), dataDirectory, environment);
    app.awaitHealthy();
    return app;
  }

  /** Runs the main class with these arguments and environment; does not wait for anything. */
  static AppProcess launch(List<String> args, Path dataDirectory, Map<String, String> environment) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // C1 only and the serial collector: these short-lived children start in about half the time.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(Application.class.getName());
    command.addAll(args);
    try {
      Path log = Files.createTempFile("microblog-child-", ".log");
      Path errors = Files.createTempFile("microblog-child-", ".err");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(errors.toFile());
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(k -> k.startsWith("MICROBLOG_") || k.startsWith("DATASOURCES_"));
      env.putAll(defaults(dataDirectory, port));
      env.putAll(environment);
      return new AppProcess(
          builder.start(), URI.create("http://127.0.0.1:" + port + "/"), log, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> defaults(Path dataDirectory, int port) {
    Map<String, String> env = new HashMap<>();
    env.put("PORT", Integer.toString(port));
    env.put("MICROBLOG_DATA_DIR", dataDirectory.toString());
    env.put("MICROBLOG_BCRYPT_COST", "4");
    env.put("MICROBLOG_LIMITS_POSTS_PER_MINUTE", "1000000");
    env.put("MICROBLOG_LIMITS_REGISTRATIONS_PER_HOUR", "1000000");
    env.put("MICROBLOG_LIMITS_API_REQUESTS_PER_FIVE_MINUTES", "1000000");
    env.put("MICROBLOG_ACCESS_LOG_LEVEL", "warn");
    return env;
  }

  URI uri() {
    return uri;
  }

  Process process() {
    return process;
  }

  /** What the child printed so far, both streams, for failure messages. */
  String output() {
    return read(log) + read(errors);
  }

  /** What the child printed on standard error only. */
  String errors() {
    return read(errors);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }

  /** SIGKILL on Linux: no shutdown hook, no flush, as a power cut looks to the process. */
  void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  /** SIGTERM: the graceful shutdown an orchestrator asks for. */
  void terminate() {
    process.destroy();
  }

  /** Waits for the process to end; true when it did within the time. */
  boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void awaitHealthy() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app exited while starting:\n" + output());
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(uri.resolve("/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(50);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the app did not answer /health in time:\n" + output());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      awaitExit(Duration.ofSeconds(30));
    }
    try {
      Files.deleteIfExists(log);
      Files.deleteIfExists(errors);
    } catch (IOException ignored) {
      // a temp file left behind is harmless
    }
  }
}
