package org.microblog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Locale;

/** One scenario's figures: a table row on the console and a row of the results CSV. */
record Result(
    String label,
    String scenario,
    int connections,
    int seconds,
    long requests,
    double requestsPerSecond,
    double p50Ms,
    double p99Ms,
    double maxMs,
    long errors,
    ProcessMemory memory) {

  static final String CSV_HEADER =
      "date,label,scenario,connections,seconds,requests,rps,p50_ms,p99_ms,max_ms,errors,rss_mb,"
          + "peak_rss_mb";

  static String tableHeader() {
    return String.format(
        Locale.ROOT,
        "%-14s %5s %9s %10s %9s %9s %9s %7s %8s %8s",
        "scenario",
        "conns",
        "requests",
        "req/s",
        "p50 ms",
        "p99 ms",
        "max ms",
        "errors",
        "RSS MB",
        "peak MB");
  }

  String tableRow() {
    return String.format(
        Locale.ROOT,
        "%-14s %5d %9d %10.1f %9.2f %9.2f %9.2f %7d %8.0f %8.0f",
        scenario,
        connections,
        requests,
        requestsPerSecond,
        p50Ms,
        p99Ms,
        maxMs,
        errors,
        memory.rssMb(),
        memory.peakMb());
  }

  void appendTo(Path csv) throws IOException {
    if (csv.getParent() != null) {
      Files.createDirectories(csv.getParent());
    }
    boolean fresh = !Files.exists(csv);
    String row =
        String.format(
            Locale.ROOT,
            "%s,%s,%s,%d,%d,%d,%.1f,%.3f,%.3f,%.3f,%d,%.0f,%.0f%n",
            LocalDate.now(),
            label,
            scenario,
            connections,
            seconds,
            requests,
            requestsPerSecond,
            p50Ms,
            p99Ms,
            maxMs,
            errors,
            memory.rssMb(),
            memory.peakMb());
    Files.writeString(
        csv,
        (fresh ? CSV_HEADER + System.lineSeparator() : "") + row,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
