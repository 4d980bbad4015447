package org.microblog.bench;

import java.util.Arrays;

/** Latencies in microseconds, recorded by one thread, merged and sorted for percentiles. */
final class Latencies {
  private long[] values = new long[1 << 14];
  private int size;

  void add(long micros) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = micros;
  }

  int size() {
    return size;
  }

  static Latencies merge(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      for (int i = 0; i < part.size; i++) {
        all.add(part.values[i]);
      }
    }
    Arrays.sort(all.values, 0, all.size);
    return all;
  }

  /** The value at the given quantile (0..1) of a merged, sorted set, in milliseconds. */
  double quantileMillis(double quantile) {
    if (size == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(quantile * size) - 1));
    return values[index] / 1000.0;
  }
}
