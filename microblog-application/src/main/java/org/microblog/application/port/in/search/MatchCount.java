package org.microblog.application.port.in.search;

/**
 * How many posts matched, counted up to a cap so that a common word costs no more than a rare one.
 *
 * @param counted the posts counted, at most the cap
 * @param more whether more posts than {@code counted} match
 */
public record MatchCount(long counted, boolean more) {
  public MatchCount {
    if (counted < 0) {
      throw new IllegalArgumentException("counted must not be negative: " + counted);
    }
  }

  /** From a count that stopped at {@code cap + 1}: more than {@code cap} means "more than cap". */
  public static MatchCount of(long countedUpToCapPlusOne, long cap) {
    return countedUpToCapPlusOne > cap
        ? new MatchCount(cap, true)
        : new MatchCount(countedUpToCapPlusOne, false);
  }
}
