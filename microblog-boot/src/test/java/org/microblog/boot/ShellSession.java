package org.microblog.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs README command blocks with {@code sh} and the real {@code curl}, as one terminal session
 * would: the variables a block sets, and those the caller fills in from earlier answers, are there
 * for the blocks after it. The commands run exactly as written; curl reports each answer's status
 * after its body through a {@code .curlrc} of the session's own ({@code CURL_HOME}), so the README
 * needs no test-only flags.
 */
final class ShellSession {
  private static final Pattern ASSIGNMENT =
      Pattern.compile("^([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);
  private static final String VARIABLES = "---variables---";
  private static final long TIMEOUT_SECONDS = 30;

  /** What a block printed: the body of curl's answer and its status, if it called curl. */
  record Output(String text, OptionalInt status) {}

  private final Map<String, String> variables = new LinkedHashMap<>();
  private final Path curlHome;

  ShellSession() {
    try {
      curlHome = Files.createTempDirectory("readme-curl");
      Files.writeString(curlHome.resolve(".curlrc"), "write-out = \"\\n%{http_code}\"\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code sh}, {@code curl} and {@code openssl} (for PKCE) can be run here. */
  static boolean toolsAvailable() {
    try {
      Process probe =
          new ProcessBuilder("sh", "-c", "curl --version && openssl version")
              .redirectErrorStream(true)
              .start();
      probe.getInputStream().readAllBytes();
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  void set(String name, String value) {
    variables.put(name, value);
  }

  String get(String name) {
    String value = variables.get(name);
    if (value == null) {
      throw new AssertionError("no variable " + name + " has been set");
    }
    return value;
  }

  /** Runs the block, keeping the variables it sets; fails when the shell does. */
  Output run(String commands) {
    StringBuilder script = new StringBuilder(commands).append("\necho\necho '" + VARIABLES + "'\n");
    Matcher assigned = ASSIGNMENT.matcher(commands);
    List<String> names = assigned.results().map(m -> m.group(1)).distinct().toList();
    names.forEach(name -> script.append("printf '%s\\n' \"$").append(name).append("\"\n"));
    String printed = execute(script.toString(), commands);
    int split = printed.lastIndexOf(VARIABLES);
    List<String> values = printed.substring(split + VARIABLES.length()).strip().lines().toList();
    for (int i = 0; i < names.size(); i++) {
      variables.put(names.get(i), i < values.size() ? values.get(i) : "");
    }
    return output(printed.substring(0, split).stripTrailing(), commands.contains("curl "));
  }

  private String execute(String script, String commands) {
    ProcessBuilder shell = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true);
    shell.environment().putAll(variables);
    shell.environment().put("CURL_HOME", curlHome.toString());
    try {
      Process process = shell.start();
      boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!finished) {
        process.destroyForcibly();
        throw new AssertionError("still running after " + TIMEOUT_SECONDS + " s:\n" + commands);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "exit " + process.exitValue() + " from:\n" + commands + "\nprinted:\n" + printed);
      }
      return printed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** With curl, its status is the last line (the .curlrc's write-out), after the body. */
  private static Output output(String printed, boolean calledCurl) {
    if (!calledCurl) {
      return new Output(printed, OptionalInt.empty());
    }
    int lastLine = printed.lastIndexOf('\n');
    String status = printed.substring(lastLine + 1).strip();
    String body = lastLine < 0 ? "" : printed.substring(0, lastLine);
    return new Output(body, OptionalInt.of(Integer.parseInt(status)));
  }
}
