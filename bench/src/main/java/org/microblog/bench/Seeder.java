package org.microblog.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fills a database for the benchmarks with JDBC batch inserts: users {@code user0..userN-1} who all
 * share one password, follows drawn from a Zipf distribution (user0 is followed by nearly everyone,
 * most users by few) and posts by Zipf-distributed authors with increasing ids and times.
 *
 * <pre>
 * java -cp bench/target/microblog-bench.jar:microblog-boot/target/microblog.jar \
 *   org.microblog.bench.Seeder --size small --url 'jdbc:postgresql://127.0.0.1:5432/mb?user=postgres'
 * </pre>
 */
public final class Seeder {
  /** Every seeded user's password; the load run logs in with it. */
  public static final String PASSWORD = "benchmark-password";

  private static final int BATCH = 5_000;
  private static final long SEED = 20240501L;
  private static final int TAG_EVERY = 25;

  /** The post whose page the "thread" scenario reads: the oldest, answered by 200 replies. */
  static final long THREAD_ROOT = 1L;

  private static final int REPLIES = 200;

  private final Database database;
  private final int users;
  private final int follows;
  private final int posts;
  private final int bcryptCost;
  private Progress progress;
  private int pending;

  private Seeder(Database database, int users, int follows, int posts, int bcryptCost) {
    this.database = database;
    this.users = users;
    this.follows = Math.min(follows, users - 1);
    this.posts = posts;
    this.bcryptCost = bcryptCost;
  }

  public static void main(String[] args) throws SQLException {
    Args options = new Args(args);
    String size = options.get("size", "small");
    boolean large = size.equals("large");
    if (!large && !size.equals("small")) {
      throw new IllegalArgumentException("--size small|large");
    }
    Seeder seeder =
        new Seeder(
            Database.from(options),
            options.integer("users", large ? 10_000 : 100),
            options.integer("follows", large ? 100 : 10),
            options.integer("posts", large ? 1_000_000 : 10_000),
            options.integer("bcrypt-cost", 10));
    seeder.run();
  }

  private void run() throws SQLException {
    long started = System.nanoTime();
    System.out.printf("Seeding %,d users, %,d follows each, %,d posts%n", users, follows, posts);
    database.migrate();
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      database.truncateAll(connection);
      // One hash for everyone: hashing is deliberately slow, and every login costs the same.
      String hash = Passwords.hash(PASSWORD, bcryptCost);
      progress = new Progress((long) users + (long) users * follows + posts);
      insertUsers(connection, hash);
      insertFollows(connection);
      insertPosts(connection);
      SeededNews.insertNotifications(connection);
      StoredCounts.set(connection);
      database.restartIdentity(connection, "users", users + 1L);
      database.restartIdentity(connection, "posts", posts + 1L);
      connection.setAutoCommit(true);
      database.analyze(connection);
    }
    System.out.printf(
        "Seeded in %.1f s%n", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
  }

  private void insertUsers(Connection connection, String hash) throws SQLException {
    OffsetDateTime joined = OffsetDateTime.now(ZoneOffset.UTC).minusDays(400);
    OffsetDateTime seen = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
    String sql =
        "INSERT INTO users (id, username, username_key, email, email_key, password_hash, about,"
            + " member_since, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int i = 0; i < users; i++) {
        String name = "user" + i;
        insert.setLong(1, i + 1L);
        insert.setString(2, name);
        insert.setString(3, name);
        insert.setString(4, name + "@example.org");
        insert.setString(5, name + "@example.org");
        insert.setString(6, hash);
        insert.setString(7, "I am " + name + ", seeded for the benchmarks.");
        insert.setObject(8, joined);
        insert.setObject(9, seen);
        add(connection, insert);
      }
      flush(connection, insert);
    }
  }

  /** Follower i follows ranks drawn from Zipf(1.0): user0 is followed by nearly everyone. */
  private void insertFollows(Connection connection) throws SQLException {
    SplittableRandom random = new SplittableRandom(SEED);
    Zipf popularity = new Zipf(users, 1.0);
    OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusDays(300);
    String sql = "INSERT INTO follows (follower_id, followed_id, created_at) VALUES (?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int follower = 0; follower < users; follower++) {
        Set<Integer> followed = new HashSet<>();
        int attempts = 0;
        while (followed.size() < follows) {
          // Past many misses (tiny user counts), fill uniformly so the count is always met.
          int target = ++attempts < follows * 20 ? popularity.next(random) : random.nextInt(users);
          if (target != follower && followed.add(target)) {
            insert.setLong(1, follower + 1L);
            insert.setLong(2, target + 1L);
            insert.setObject(3, since);
            add(connection, insert);
          }
        }
      }
      flush(connection, insert);
    }
  }

  /**
   * Authors drawn from Zipf(0.8) over a shuffled ranking, so prolific posters are not simply the
   * most followed; one row a second up to now. A tenth of the rows are boosts (issue 12's home
   * timeline "where a tenth of the entries are boosts"): a row of {@code posts} pointing at an
   * earlier post, by a booster drawn like authors, each person boosting a post at most once. Every
   * {@value #TAG_EVERY}th post carries {@code #bench}, filed in {@code post_tags}, for the tag
   * page. A tenth of the newest rows (200 in all) answer the oldest post, {@link #THREAD_ROOT}, for
   * the thread page. Counts of replies and boosts are set at the end ({@link StoredCounts}).
   */
  private void insertPosts(Connection connection) throws SQLException {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    int[] ranking = shuffledUsers(random);
    Zipf activity = new Zipf(users, 0.8);
    Instant first = Instant.now().minusSeconds(posts);
    Set<Long> boosted = new HashSet<>();
    List<Long> tagged = new ArrayList<>();
    String sql =
        "INSERT INTO posts (id, author_id, body, published_at, boost_of_id, in_reply_to_id)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int i = 0; i < posts; i++) {
        long author = ranking[activity.next(random)] + 1L;
        insert.setLong(1, i + 1L);
        insert.setLong(2, author);
        insert.setObject(4, OffsetDateTime.ofInstant(first.plusSeconds(i), ZoneOffset.UTC));
        if (isBoost(i)) {
          long post = boostable(random, i, author, boosted);
          insert.setString(3, "");
          insert.setLong(5, post);
        } else {
          boolean tag = i % TAG_EVERY == 0;
          insert.setString(3, PostTexts.text(random, i) + (tag ? " #bench" : ""));
          insert.setNull(5, Types.BIGINT);
          if (tag) {
            tagged.add(i + 1L);
          }
        }
        if (isReply(i)) {
          insert.setLong(6, THREAD_ROOT);
        } else {
          insert.setNull(6, Types.BIGINT);
        }
        add(connection, insert);
      }
      flush(connection, insert);
    }
    SeededNews.fileUnder(connection, "bench", tagged);
  }

  private static boolean isBoost(int row) {
    return row % 10 == 9;
  }

  /** Every tenth row of the newest {@code 10 * REPLIES}, never a boost (those end in 9). */
  private boolean isReply(int row) {
    return row >= posts - 10 * REPLIES && row % 10 == 3;
  }

  /** An earlier row that is a post (not a boost) that this booster has not boosted yet. */
  private static long boostable(SplittableRandom random, int row, long booster, Set<Long> done) {
    while (true) {
      int earlier = random.nextInt(row);
      if (!isBoost(earlier) && done.add(booster << 32 | earlier)) {
        return earlier + 1L;
      }
    }
  }

  private int[] shuffledUsers(SplittableRandom random) {
    int[] ranking = new int[users];
    for (int i = 0; i < users; i++) {
      ranking[i] = i;
    }
    for (int i = users - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = ranking[i];
      ranking[i] = ranking[j];
      ranking[j] = swap;
    }
    return ranking;
  }

  private void add(Connection connection, PreparedStatement insert) throws SQLException {
    insert.addBatch();
    if (++pending == BATCH) {
      flush(connection, insert);
    }
  }

  private void flush(Connection connection, PreparedStatement insert) throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      connection.commit();
      progress.advance(pending);
      pending = 0;
    }
  }
}
