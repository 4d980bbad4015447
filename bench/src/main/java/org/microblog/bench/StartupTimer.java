package org.microblog.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Time from launching {@code java -jar microblog.jar} (embedded H2 default, fresh data folder) to
 * its first answered request: polls {@code /health} every 10 ms, then stops the app. Repeats and
 * prints each run and the median.
 *
 * <pre>
 * java -cp bench/target/microblog-bench.jar:microblog-boot/target/microblog.jar \
 *   org.microblog.bench.StartupTimer --jar microblog-boot/target/microblog.jar --runs 3 \
 *   --java-opts "-XX:MaxRAMPercentage=50 -XX:+UseSerialGC -Xss512k"
 * </pre>
 */
public final class StartupTimer {
  private StartupTimer() {}

  public static void main(String[] args) throws Exception {
    Args options = new Args(args);
    String jar = options.get("jar", "microblog-boot/target/microblog.jar");
    String javaOpts = options.get("java-opts", "-XX:MaxRAMPercentage=50 -XX:+UseSerialGC -Xss512k");
    int runs = options.integer("runs", 3);
    long[] millis = new long[runs];
    for (int run = 0; run < runs; run++) {
      millis[run] = once(jar, javaOpts);
      System.out.printf(Locale.ROOT, "start to first served request: %d ms%n", millis[run]);
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    long median = sorted[runs / 2];
    System.out.printf(Locale.ROOT, "median of %d: %d ms (target < 3000 ms)%n", runs, median);
    if (options.has("label")) {
      new Result(
              options.get("label", "startup"),
              "startup",
              1,
              0,
              runs,
              0,
              median,
              sorted[runs - 1],
              sorted[runs - 1],
              0,
              ProcessMemory.UNKNOWN)
          .appendTo(Path.of(options.get("csv", "bench/results/results.csv")));
    }
  }

  private static long once(String jar, String javaOpts) throws Exception {
    Path data = Files.createTempDirectory("microblog-startup");
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
    command.addAll(List.of("-jar", jar));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("app.log").toFile());
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().put("MICROBLOG_DATA_DIR", data.toString());
    builder.environment().remove("DATASOURCES_DEFAULT_URL");
    long started = System.nanoTime();
    Process app = builder.start();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build();
    try {
      while (true) {
        if (!app.isAlive()) {
          throw new IllegalStateException("app exited; see " + data.resolve("app.log"));
        }
        try {
          if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return (System.nanoTime() - started) / 1_000_000;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        if ((System.nanoTime() - started) > 60_000_000_000L) {
          throw new IllegalStateException("no answer within 60 s");
        }
        Thread.sleep(10);
      }
    } finally {
      app.destroy();
      app.waitFor();
      deleteTree(data);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
