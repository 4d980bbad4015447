package org.microblog.bench;

/** Prints a line at every 5% of all rows, with the rate so far. */
final class Progress {
  private final long total;
  private final long started = System.nanoTime();
  private long done;
  private int lastStep = -1;

  Progress(long total) {
    this.total = Math.max(total, 1);
  }

  void advance(long rows) {
    done += rows;
    int step = (int) (done * 20 / total);
    if (step != lastStep) {
      lastStep = step;
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "  %3d%%  %,d / %,d rows  %.1f s  %,.0f rows/s%n",
          step * 5, done, total, seconds, done / Math.max(seconds, 1e-3));
    }
  }
}
