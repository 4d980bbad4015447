package org.microblog.bench;

import java.util.Locale;

/**
 * Times the app's password hashing (SHA-256, then bcrypt) at work factors 8 to 13 on this machine,
 * to choose a cost of 50 to 250 ms per hash. A login verifies one hash at the stored cost.
 */
public final class HashCost {
  private HashCost() {}

  public static void main(String[] args) {
    Args options = new Args(args);
    int from = options.integer("from", 8);
    int to = options.integer("to", 13);
    Passwords.hash(Seeder.PASSWORD, from); // class loading and JIT warm-up
    System.out.println("cost   ms/hash   hashes/s (one core)");
    for (int cost = from; cost <= to; cost++) {
      int rounds = Math.max(3, 2_000 >> (cost - 4));
      Passwords.hash(Seeder.PASSWORD, cost);
      long started = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        Passwords.hash(Seeder.PASSWORD, cost);
      }
      double ms = (System.nanoTime() - started) / 1e6 / rounds;
      System.out.printf(
          Locale.ROOT,
          "%4d  %8.1f  %9.1f%s%n",
          cost,
          ms,
          1000 / ms,
          ms >= 50 && ms <= 250 ? "   <- within 50-250 ms" : "");
    }
  }
}
