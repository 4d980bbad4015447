package org.microblog.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop of virtual users, one thread and one keep-alive connection each, sending the next
 * request as soon as the previous answer is read; logged-in scenarios use the user's own session.
 */
final class ClosedLoop {
  private final URI base;
  private final int connections;
  private final List<Session> sessions;

  ClosedLoop(URI base, int connections, List<Session> sessions) {
    this.base = base;
    this.connections = connections;
    this.sessions = sessions;
  }

  /** The latencies recorded in the measuring window, and the requests that failed in it. */
  record Measured(Latencies latencies, long errors) {}

  /** All virtual users run the scenario until {@code end}, recording from {@code measureFrom}. */
  Measured run(Scenario scenario, long measureFrom, long end) throws Exception {
    AtomicLong errors = new AtomicLong();
    AtomicLong sequence = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Future<Latencies>> parts = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      int user = i;
      parts.add(pool.submit(() -> virtualUser(scenario, user, measureFrom, end, errors, sequence)));
    }
    List<Latencies> all = new ArrayList<>();
    for (Future<Latencies> part : parts) {
      all.add(part.get());
    }
    pool.shutdown();
    return new Measured(Latencies.merge(all), errors.get());
  }

  private Latencies virtualUser(
      Scenario scenario,
      int user,
      long measureFrom,
      long end,
      AtomicLong errors,
      AtomicLong sequence) {
    Latencies latencies = new Latencies();
    SplittableRandom random = new SplittableRandom(user * 31L + scenario.name().hashCode());
    Session session = scenario.loggedIn() ? sessions.get(user) : new Session();
    try (HttpConnection connection = new HttpConnection(base.getHost(), base.getPort())) {
      long now = System.nanoTime();
      while (now < end) {
        byte[] request =
            scenario.requests().next(session, user, sequence.incrementAndGet(), random);
        boolean ok;
        try {
          ok = connection.exchange(request) == scenario.expectedStatus();
        } catch (IOException e) {
          ok = false;
        }
        long done = System.nanoTime();
        if (now >= measureFrom && done <= end) {
          latencies.add((done - now) / 1_000);
          if (!ok) {
            errors.incrementAndGet();
          }
        }
        now = done;
      }
    }
    return latencies;
  }
}
