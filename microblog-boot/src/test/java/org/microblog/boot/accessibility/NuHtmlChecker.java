package org.microblog.boot.accessibility;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Nu HTML Checker (the W3C validator's engine) from npm's {@code vnu-jar}, pinned in {@code
 * microblog-boot/html-checker/package-lock.json}, run once as {@code java -jar} over a folder of
 * pages: it takes seconds to start, so every page goes into one run.
 */
final class NuHtmlChecker {
  static final Path JAR = Path.of("html-checker/node_modules/vnu-jar/build/dist/vnu.jar");

  /** One message: {@code error} or {@code info warning}, with the file it is about. */
  record Message(String file, String type, String text) {
    boolean isError() {
      return type.equals("error");
    }

    @Override
    public String toString() {
      return file + ": " + type + ": " + text;
    }
  }

  private NuHtmlChecker() {}

  static void skipUnlessInstalled() {
    assumeTrue(
        Files.isReadable(JAR),
        "Nu HTML Checker not installed (npm ci --prefix microblog-boot/html-checker):"
            + " HTML validation skipped");
  }

  /** Writes each document to {@code folder/<name>.html} and checks them all in one run. */
  static List<Message> check(Path folder, Map<String, String> documents) {
    try {
      Files.createDirectories(folder);
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xss8m",
                  "-jar",
                  JAR.toAbsolutePath().toString(),
                  "--format",
                  "gnu",
                  "--stdout"));
      for (Map.Entry<String, String> document : documents.entrySet()) {
        Path file = folder.resolve(document.getKey() + ".html");
        Files.writeString(file, document.getValue(), StandardCharsets.UTF_8);
        command.add(file.toString());
      }
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the HTML checker did not finish");
      }
      return output.lines().filter(line -> !line.isBlank()).map(NuHtmlChecker::parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GNU-format line: {@code "file:/x/home.html":12.3-12.9: error: message}. */
  private static Message parse(String line) {
    int fileEnd = line.indexOf('"', 1);
    if (!line.startsWith("\"") || fileEnd < 0) {
      return new Message("?", "error", line);
    }
    String file = line.substring(1, fileEnd);
    String name = file.substring(file.lastIndexOf('/') + 1);
    String rest = line.substring(fileEnd + 1);
    String[] parts = rest.split(": ", 3);
    if (parts.length < 3) {
      return new Message(name, "error", rest);
    }
    return new Message(name + parts[0], parts[1], parts[2]);
  }
}
