package org.microblog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process from {@code /proc/<pid>/status}: now (VmRSS) and peak (VmHWM). */
record ProcessMemory(double rssMb, double peakMb) {
  static final ProcessMemory UNKNOWN = new ProcessMemory(Double.NaN, Double.NaN);

  static ProcessMemory of(String pid) {
    if (pid == null) {
      return UNKNOWN;
    }
    try {
      double rss = Double.NaN;
      double peak = Double.NaN;
      for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = kilobytes(line) / 1024.0;
        } else if (line.startsWith("VmHWM:")) {
          peak = kilobytes(line) / 1024.0;
        }
      }
      return new ProcessMemory(rss, peak);
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  private static long kilobytes(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }
}
