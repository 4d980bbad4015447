package org.microblog.bench;

import java.util.Locale;
import java.util.Map;

/** The throughput and memory targets, checked against one load run's results. */
final class Targets {
  private Targets() {}

  static void check(Map<String, Result> results) {
    System.out.println("Targets:");
    Result login = results.get("login");
    for (String page : new String[] {"home", "profile", "explore"}) {
      Result result = results.get(page);
      if (result == null) {
        continue;
      }
      report(page + " >= 2000 req/s", result.requestsPerSecond() >= 2000, result);
      if (login != null) {
        report(
            String.format(
                Locale.ROOT,
                "%s >= 1/3 of login page (%.0f req/s)",
                page,
                login.requestsPerSecond() / 3),
            result.requestsPerSecond() >= login.requestsPerSecond() / 3,
            result);
      }
      report(page + " no errors", result.errors() == 0, result);
    }
    Result publish = results.get("publish");
    if (publish != null) {
      report("publish >= 500 posts/s", publish.requestsPerSecond() >= 500, publish);
    }
    double peak =
        results.values().stream()
            .mapToDouble(r -> r.memory().peakMb())
            .filter(mb -> !Double.isNaN(mb))
            .max()
            .orElse(Double.NaN);
    if (!Double.isNaN(peak)) {
      System.out.printf(
          Locale.ROOT,
          "  %-4s peak resident memory %.0f MB < 400 MB%n",
          peak < 400 ? "ok" : "MISS",
          peak);
    }
  }

  private static void report(String target, boolean met, Result result) {
    System.out.printf(
        Locale.ROOT,
        "  %-4s %s: %.0f req/s, %d errors%n",
        met ? "ok" : "MISS",
        target,
        result.requestsPerSecond(),
        result.errors());
  }
}
