package org.microblog.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a running Microblog on loopback, one scenario after another, each for a fixed time with a
 * fixed number of virtual users (one thread and one keep-alive connection each, sending the next
 * request as soon as the previous answer is read: a closed loop). Prints requests/s, p50/p99/max
 * latency, errors and the server's resident memory per scenario, appends them to a CSV and checks
 * the throughput and memory targets. With {@code --idle-streams N} it then measures the
 * home page again with N open live streams, and the app's live heap and RSS without and with them.
 *
 * <pre>
 * java -cp bench/target/microblog-bench.jar:microblog-boot/target/microblog.jar \
 *   org.microblog.bench.LoadRun --base http://127.0.0.1:8080 --users 100 --pid 1234 \
 *   --label pg-small --duration 20 --warmup 5 --jit-warmup 10 --connections 16
 * </pre>
 */
public final class LoadRun {
  static final String DEFAULT_SCENARIOS =
      "login,home,api-home,home-deep,profile,explore,explore-deep,tag,thread,notifications,search-rare,search-common,publish,login-post";
  // Handlebars escapes '=' in attributes as &#x3D;
  private static final Pattern OLDER_LINK = Pattern.compile("before(?:=|&#x3D;)(\\d+)");

  private final URI base;
  private final String hostHeader;
  private final int users;
  private final int connections;
  private final int seconds;
  private final int warmup;
  private final int jitWarmup;
  private final String pid;
  private final String label;
  private final String password;
  private final Path csv;
  private final List<Session> sessions = new ArrayList<>();
  private final Zipf popular;
  private final int idleStreams;
  private long deepCursor = 1;

  private LoadRun(Args args) {
    base = URI.create(args.get("base", "http://127.0.0.1:8080"));
    hostHeader = base.getHost() + ":" + base.getPort();
    users = args.integer("users", 100);
    connections = args.integer("connections", 16);
    seconds = args.integer("duration", 20);
    warmup = args.integer("warmup", 5);
    jitWarmup = args.integer("jit-warmup", 10);
    pid = args.get("pid", null);
    label = args.get("label", "run");
    password = args.get("password", Seeder.PASSWORD);
    csv = Path.of(args.get("csv", "bench/results/results.csv"));
    popular = new Zipf(users, 1.0);
    idleStreams = args.integer("idle-streams", 0);
  }

  public static void main(String[] args) throws Exception {
    Args options = new Args(args);
    LoadRun run = new LoadRun(options);
    run.run(options.get("scenarios", DEFAULT_SCENARIOS).split(","));
  }

  private void run(String[] names) throws Exception {
    logInVirtualUsers();
    if (Arrays.stream(names).anyMatch(name -> name.trim().startsWith("api-"))) {
      new ApiTokens(base).grant(sessions);
    }
    deepCursor = findDeepCursor();
    warmUpJit(names);
    System.out.printf(
        Locale.ROOT,
        "%s: %d connections, %d s warm-up + %d s per scenario, deep pages before id %d%n",
        label,
        connections,
        warmup,
        seconds,
        deepCursor);
    System.out.println(Result.tableHeader());
    Map<String, Result> results = new LinkedHashMap<>();
    for (String name : names) {
      Result result = measure(scenario(name.trim()));
      results.put(result.scenario(), result);
      System.out.println(result.tableRow());
      result.appendTo(csv);
    }
    if (idleStreams > 0) {
      measureWithIdleStreams();
    }
    Targets.check(results);
  }

  /**
   * A freshly started JVM spends its first half minute or so compiling the hot code, and the
   * compiler's threads then take CPU from the requests being measured (a page measured after 10 s
   * cost up to twice the CPU it cost after 30 s). So before measuring, every reading scenario runs
   * unmeasured for {@code --jit-warmup} seconds; publishing and logging in do not, as they change
   * the data or exist to be slow.
   */
  private void warmUpJit(String[] names) throws Exception {
    if (jitWarmup <= 0) {
      return;
    }
    for (String name : names) {
      Scenario scenario = scenario(name.trim());
      if (scenario.expectedStatus() == 200) {
        long end = System.nanoTime() + jitWarmup * 1_000_000_000L;
        closedLoop().run(scenario, end, end);
      }
    }
  }

  private ClosedLoop closedLoop() {
    return new ClosedLoop(base, connections, sessions);
  }

  private Scenario scenario(String name) {
    return new Scenarios(hostHeader, users, connections, password, popular, () -> deepCursor)
        .named(name);
  }

  /** Virtual user i is a different seeded user, spread over the whole population. */
  private String userName(int virtualUser) {
    return Scenarios.userName(virtualUser, users, connections);
  }

  private void logInVirtualUsers() throws IOException {
    try (HttpConnection connection = new HttpConnection(base.getHost(), base.getPort())) {
      for (int i = 0; i < connections; i++) {
        Session session = new Session();
        session.logIn(connection, hostHeader, userName(i), password);
        sessions.add(session);
      }
    }
  }

  /** An id halfway down the explore list: "older" pages from there are deep in history. */
  private long findDeepCursor() throws IOException, InterruptedException {
    HttpResponse<String> page =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(base.resolve("/explore"))
                    .header("Cookie", sessions.get(0).cookieHeader().substring(8).trim())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher older = OLDER_LINK.matcher(page.body());
    return older.find() ? Math.max(1, Long.parseLong(older.group(1)) / 2) : 1;
  }

  /**
   * The home page without, with and again without {@code --idle-streams} open live streams (pages
   * left open), so that drift on a shared machine shows, and the app's live heap and resident
   * memory each time: open streams should cost the other pages no throughput and little memory.
   */
  private void measureWithIdleStreams() throws Exception {
    Scenario home = scenario("home");
    double heapBefore = HeapUse.liveMb(pid);
    Result before = measure(home);
    double heapWith;
    ProcessMemory memoryWith;
    Result with;
    int open;
    try (IdleStreams streams =
        IdleStreams.open(base.getHost(), base.getPort(), hostHeader, sessions, idleStreams)) {
      open = streams.size();
      heapWith = HeapUse.liveMb(pid);
      memoryWith = ProcessMemory.of(pid);
      with = measure(renamed(home, "home+" + open + "-idle-streams"));
    }
    Result after = measure(renamed(home, "home-after-streams"));
    for (Result result : List.of(before, with, after)) {
      System.out.println(result.tableRow());
      result.appendTo(csv);
    }
    System.out.printf(
        Locale.ROOT,
        "idle streams: %d open; home %.0f req/s before, %.0f with, %.0f after;"
            + " live heap %.1f MB without, %.1f MB with (%.1f KB per stream);"
            + " RSS %.0f MB without, %.0f MB with%n",
        open,
        before.requestsPerSecond(),
        with.requestsPerSecond(),
        after.requestsPerSecond(),
        heapBefore,
        heapWith,
        (heapWith - heapBefore) * 1024 / open,
        before.memory().rssMb(),
        memoryWith.rssMb());
  }

  private static Scenario renamed(Scenario scenario, String name) {
    return new Scenario(name, scenario.loggedIn(), scenario.expectedStatus(), scenario.requests());
  }

  private Result measure(Scenario scenario) throws Exception {
    long start = System.nanoTime();
    long measureFrom = start + warmup * 1_000_000_000L;
    long end = measureFrom + seconds * 1_000_000_000L;
    ClosedLoop.Measured measured = closedLoop().run(scenario, measureFrom, end);
    Latencies merged = measured.latencies();
    return new Result(
        label,
        scenario.name(),
        connections,
        seconds,
        merged.size(),
        merged.size() / (double) seconds,
        merged.quantileMillis(0.50),
        merged.quantileMillis(0.99),
        merged.quantileMillis(1.0),
        measured.errors(),
        ProcessMemory.of(pid));
  }
}
