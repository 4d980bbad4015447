package org.microblog.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent: a few ranks are drawn
 * very often (popular users), most rarely, as follower counts and posting rates are in real
 * networks.
 */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double exponent) {
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1.0 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < n; rank++) {
      cumulative[rank] /= sum;
    }
  }

  int next(SplittableRandom random) {
    int index = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
  }
}
