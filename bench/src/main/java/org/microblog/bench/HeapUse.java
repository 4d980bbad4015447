package org.microblog.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's live heap: a full collection ({@code jcmd <pid> GC.run}), then the heap's used size
 * ({@code GC.heap_info}) in MB, so that garbage waiting for collection does not count. NaN when
 * jcmd cannot reach the process.
 */
final class HeapUse {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private HeapUse() {}

  static double liveMb(String pid) {
    if (pid == null) {
      return Double.NaN;
    }
    try {
      jcmd(pid, "GC.run");
      long usedKb = 0;
      for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
        if (line.contains("total") && (line.contains("generation") || line.contains("heap"))) {
          Matcher used = USED.matcher(line);
          if (used.find()) {
            usedKb += Long.parseLong(used.group(1));
          }
        }
      }
      return usedKb / 1024.0;
    } catch (IOException e) {
      return Double.NaN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
  }

  private static String jcmd(String pid, String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
    try (InputStream out = process.getInputStream()) {
      String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return text;
    }
  }
}
