package org.microblog.boot;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.microblog.adapter.web.testing.Browser;

/**
 * Several people posting at once through the real HTTP form, each on a connection of their own. A
 * post counts as acknowledged only once its 303 has been read: that is the moment a person sees it
 * accepted, so it is the moment it must be durable.
 */
final class WriteLoad implements AutoCloseable {
  private static final String PASSWORD = "durable-password";
  private final List<Browser> writers = new ArrayList<>();
  private final List<String> usernames = new ArrayList<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final AtomicInteger attempted = new AtomicInteger();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();

  /** Registers and logs in {@code count} people named {@code prefix0..}. */
  WriteLoad(URI app, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      String username = prefix + i;
      Browser browser = new Browser(app);
      int status = browser.register(username, PASSWORD).statusCode();
      if (status != 303) {
        throw new IllegalStateException("registering " + username + " answered " + status);
      }
      writers.add(browser.logIn(username, PASSWORD));
      usernames.add(username);
    }
  }

  /** Starts everyone posting, each until {@link #stop()} or the first failed request. */
  WriteLoad start() {
    for (int i = 0; i < writers.size(); i++) {
      Browser writer = writers.get(i);
      String author = usernames.get(i);
      Thread thread = new Thread(() -> postUntilStopped(writer, author), "writer-" + author);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    return this;
  }

  private void postUntilStopped(Browser writer, String author) {
    for (int n = 0; !stop.get(); n++) {
      String text = author + " post " + n;
      attempted.incrementAndGet();
      try {
        HttpResponse<String> response = writer.post("/posts", Map.of("body", text));
        if (response.statusCode() != 303) {
          return;
        }
        acknowledged.add(text);
      } catch (RuntimeException connectionGone) {
        return;
      }
    }
  }

  /** Waits until at least {@code count} posts have been acknowledged. */
  WriteLoad awaitAcknowledged(int count) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (acknowledged.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + acknowledged.size() + " posts acknowledged");
      }
      AppProcess.sleep(5);
    }
    return this;
  }

  /** Stops posting and waits for every writer to finish its request in flight. */
  void stop() {
    stop.set(true);
    for (Thread thread : threads) {
      try {
        thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A snapshot of the posts acknowledged so far. */
  Set<String> acknowledged() {
    return Set.copyOf(acknowledged);
  }

  int attempted() {
    return attempted.get();
  }

  List<String> usernames() {
    return List.copyOf(usernames);
  }

  /** Every post text of every writer, read back through their own export on another server. */
  Set<String> postsFoundAt(URI app) {
    Set<String> found = new java.util.HashSet<>();
    for (Browser writer : writers) {
      String posts =
          Exports.exportOf(writer.at(app), java.time.Duration.ofSeconds(60)).get("posts.json");
      java.util.regex.Matcher texts =
          java.util.regex.Pattern.compile("\"([a-z0-9_]+ post \\d+)\"").matcher(posts);
      while (texts.find()) {
        found.add(texts.group(1));
      }
    }
    return found;
  }

  @Override
  public void close() {
    stop();
  }
}
