package org.microblog.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The trust load test (issue 4): many simulated people register, log in, post, follow and read
 * timelines at once for a bounded time against a running instance on loopback. Then it checks that
 * every post acknowledged with a redirect is in the database and on the home timeline of its author
 * and of everyone who follows the author, and prints requests, errors, throughput and lost posts.
 *
 * <pre>java -cp ... org.microblog.bench.IntegrityLoad --base http://127.0.0.1:18080
 *   --users 100 --duration 60 --jdbc jdbc:...</pre>
 */
public final class IntegrityLoad {
  private final URI base;
  private final int users;
  private final Duration duration;
  private final String jdbcUrl;
  private final String jdbcUser;
  private final String jdbcPassword;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final Map<String, Set<String>> acknowledgedPosts = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> acknowledgedFollows = new ConcurrentHashMap<>();
  private final List<String> errorSamples = new ArrayList<>();

  private IntegrityLoad(Args args) {
    this.base = URI.create(args.get("base", "http://127.0.0.1:18080"));
    this.users = args.integer("users", 100);
    this.duration = Duration.ofSeconds(args.integer("duration", 60));
    this.jdbcUrl = args.required("jdbc");
    this.jdbcUser = args.get("jdbc-user", null);
    this.jdbcPassword = args.get("jdbc-password", "");
  }

  public static void main(String[] args) throws Exception {
    System.exit(new IntegrityLoad(new Args(args)).run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    List<VirtualUser> people = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      people.add(new VirtualUser(base, "load" + run + "_" + i));
    }
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    long deadline = System.nanoTime() + duration.toNanos();
    for (VirtualUser person : people) {
      pool.execute(() -> live(person, people, deadline));
    }
    pool.shutdown();
    pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - started) / 1e9;

    long acknowledged = acknowledgedPosts.values().stream().mapToLong(Set::size).sum();
    long lostInDatabase = lostInDatabase();
    long missingFromTimelines = missingFromTimelines(people);
    System.out.printf(
        "Integrity load: %d users for %.0f s: %d requests, %d errors, %.0f requests/s;"
            + " %d posts and %d follows acknowledged; %d posts lost from the database,"
            + " %d missing from home timelines%n",
        users,
        seconds,
        requests.get(),
        errors.get(),
        requests.get() / seconds,
        acknowledged,
        acknowledgedFollows.values().stream().mapToLong(Set::size).sum(),
        lostInDatabase,
        missingFromTimelines);
    errorSamples.stream().limit(10).forEach(sample -> System.out.println("  error: " + sample));
    return errors.get() == 0 && lostInDatabase == 0 && missingFromTimelines == 0;
  }

  /** One person's session: register, log in, then post, follow and read until the deadline. */
  private void live(VirtualUser me, List<VirtualUser> everyone, long deadline) {
    acknowledgedPosts.put(me.name(), ConcurrentHashMap.newKeySet());
    acknowledgedFollows.put(me.name(), ConcurrentHashMap.newKeySet());
    if (!expect(303, () -> me.register(), me, "register")
        || !expect(303, me::logIn, me, "log in")) {
      return;
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int counter = 0;
    while (System.nanoTime() < deadline) {
      int dice = random.nextInt(100);
      if (dice < 25) {
        String text = me.name() + " post " + counter++;
        if (expect(303, () -> me.post("/posts", Map.of("body", text)), me, "post")) {
          acknowledgedPosts.get(me.name()).add(text);
        }
      } else if (dice < 35) {
        VirtualUser other = everyone.get(random.nextInt(everyone.size()));
        if (other != me
            && expect(
                303, () -> me.post("/users/" + other.name() + "/follow", Map.of()), me, "follow")) {
          acknowledgedFollows.get(me.name()).add(other.name());
        }
      } else if (dice < 70) {
        expect(200, () -> me.get("/"), me, "home");
      } else if (dice < 85) {
        expect(200, () -> me.get("/explore"), me, "explore");
      } else {
        VirtualUser other = everyone.get(random.nextInt(everyone.size()));
        expect(200, () -> me.get("/users/" + other.name()), me, "profile");
      }
    }
  }

  private interface Call {
    int call() throws Exception;
  }

  private boolean expect(int status, Call call, VirtualUser who, String what) {
    requests.incrementAndGet();
    try {
      int answered = call.call();
      if (answered == status) {
        return true;
      }
      recordError(who.name() + " " + what + ": HTTP " + answered);
    } catch (Exception e) {
      recordError(who.name() + " " + what + ": " + e);
    }
    return false;
  }

  private synchronized void recordError(String sample) {
    errors.incrementAndGet();
    errorSamples.add(sample);
  }

  private long lostInDatabase() throws Exception {
    Set<String> stored = new HashSet<>();
    try (Connection connection =
            jdbcUser == null
                ? DriverManager.getConnection(jdbcUrl)
                : DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT body FROM posts")) {
      while (rows.next()) {
        stored.add(rows.getString(1));
      }
    }
    return acknowledgedPosts.values().stream()
        .flatMap(Set::stream)
        .filter(text -> !stored.contains(text))
        .count();
  }

  /** Each person's whole home timeline must hold their own and their followees' posts. */
  private long missingFromTimelines(List<VirtualUser> people) throws Exception {
    long missing = 0;
    for (VirtualUser person : people) {
      Set<String> expected = new HashSet<>(acknowledgedPosts.getOrDefault(person.name(), Set.of()));
      for (String followed : acknowledgedFollows.getOrDefault(person.name(), Set.of())) {
        expected.addAll(acknowledgedPosts.getOrDefault(followed, Set.of()));
      }
      if (expected.isEmpty()) {
        continue;
      }
      Set<String> shown = new HashSet<>(person.wholeHomeTimeline());
      expected.removeAll(shown);
      missing += expected.size();
    }
    return missing;
  }
}
