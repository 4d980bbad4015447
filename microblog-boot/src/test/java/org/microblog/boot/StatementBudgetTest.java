package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/**
 * Pages run a small fixed number of SQL statements, however many posts, authors and followed users
 * they show: no query per post or per author. Counts statements (through {@link CountingDriver})
 * rather than timing anything, so it is exact and belongs in the test suite; speed itself is
 * measured by the benchmarks in {@code bench/}.
 */
@MicronautTest
@Property(
    name = "datasources.default.url",
    value =
        "jdbc:counting:h2:mem:statement-budget;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Property(
    name = "datasources.default.driver-class-name",
    value = "org.microblog.boot.CountingDriver")
// The job worker's polls would be counted with whatever page is being viewed.
@Property(name = "microblog.jobs.enabled", value = "false")
class StatementBudgetTest {
  /**
   * The budget: at most 4 statements to render a timeline, profile, explore, tag or post
   * page (the post page: the chain it answers, its replies, the mentioned accounts, the reader's
   * likes and boosts in one statement). The unread notification count in the navigation bar adds
   * none: it comes with the login check.
   */
  private static final int BUDGET = 4;

  /**
   * A conversation that has just received a message: the partner's lookup and the page, then
   * marking it read in one transaction: the conversation's line locked, reset, and the reader's
   * total lowered by what it held (so a message arriving meanwhile is never lost from the counts).
   */
  private static final int READING_BUDGET = 5;

  private static final String READ_NOW = "conversation (unread since the last look)";

  /**
   * The search page: the people who match, the page of posts, the capped count of matching posts,
   * then as every list the mentioned accounts and the reader's likes and boosts.
   */
  private static final int SEARCH_BUDGET = 5;

  private static final String SEARCH = "search";

  private static final String PASSWORD = "budget password";

  @Inject EmbeddedServer server;

  private final List<Browser> authors = new ArrayList<>();
  private final List<String> replies = new ArrayList<>();
  private String thread;
  private int edits;
  private int news;
  private int messaged;
  private int conversation;
  private int shunned;

  @Test
  void pagesRunAFewStatementsWhateverTheAmountOfData() {
    Browser reader = registered("reader");
    reader.post("/posts", Map.of("body", "the reader's own post"));
    thread = Browser.html(reader.get("/")).select(".post").first().id().substring(5);
    grow(reader, 2, 2);
    Map<String, Integer> few = statementsPerPage(reader, false);

    grow(reader, 30, 25);
    Map<String, Integer> many = statementsPerPage(reader, true);
    assertThat(notificationsOf(reader)).as("more than a page").isGreaterThan(20);

    System.out.printf("Statements per logged-in page view: %s%n", many);
    assertThat(many)
        .allSatisfy(
            (page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(budgetOf(page)));
    assertThat(many).as("statements per page do not grow with the data").isEqualTo(few);
  }

  private static int budgetOf(String page) {
    if (page.equals(READ_NOW)) {
      return READING_BUDGET;
    }
    return page.startsWith(SEARCH) ? SEARCH_BUDGET : BUDGET;
  }

  /**
   * The live-login check costs one primary-key lookup per login once the validity memory (1 s) has
   * run out, and nothing while it holds: never a statement per request.
   */
  @Test
  void theLoginCheckIsOneLookupPerSecondNotOnePerRequest() throws InterruptedException {
    Browser reader = registered("checked");
    reader.get("/");
    CountingDriver.reset();
    reader.get("/");
    reader.get("/explore");
    assertThat(loginLookups()).as("remembered: no lookup").isZero();

    Thread.sleep(1_100);
    CountingDriver.reset();
    reader.get("/");
    reader.get("/explore");

    assertThat(loginLookups()).as("memory ran out: one lookup, then remembered").isEqualTo(1);
  }

  /**
   * The unread count in the navigation bar is read with the login check: a notification makes the
   * recipient's next page check the login again (one primary-key lookup, joined with the users
   * row), so that page costs exactly one statement more than rendering it, and the next view of it
   * costs none; no page reads the count on its own.
   */
  @Test
  void theUnreadCountComesWithTheLoginCheckAndCostsNoStatementOfItsOwn() {
    Browser reader = registered("counted");
    Browser fan = registered("fan");
    reader.get("/");
    CountingDriver.reset();
    reader.get("/");
    int rendering = pageStatements().size();

    assertThat(fan.post("/users/counted/follow", Map.of()).statusCode()).isEqualTo(303);
    CountingDriver.reset();
    HttpResponse<String> told = reader.get("/");

    assertThat(unreadBadge(told)).isEqualTo("1 unread notification");
    assertThat(loginLookups()).as("the login check, which brings the count").isEqualTo(1);
    assertThat(pageStatements()).as("rendering costs what it did").hasSize(rendering);
    assertThat(withoutBookkeeping()).as("one extra statement").hasSize(rendering + 1);
    assertThat(CountingDriver.executed())
        .filteredOn(sql -> sql.contains("unread_notifications"))
        .as("read only by the login check")
        .hasSize(1)
        .allMatch(StatementBudgetTest::isLoginLookup);

    CountingDriver.reset();
    HttpResponse<String> again = reader.get("/");
    assertThat(unreadBadge(again)).isEqualTo("1 unread notification");
    assertThat(loginLookups()).as("remembered with the login").isZero();
    assertThat(withoutBookkeeping()).as("then no extra statement").hasSize(rendering);
    assertThat(CountingDriver.executed()).noneMatch(sql -> sql.contains("unread_notifications"));
  }

  /** The unread message count comes the same way: with the login check, never on its own. */
  @Test
  void theUnreadMessageCountComesWithTheLoginCheckToo() {
    Browser reader = registered("written");
    Browser friend = registered("friend");
    reader.get("/");
    CountingDriver.reset();
    reader.get("/");
    int rendering = pageStatements().size();

    assertThat(friend.post("/messages/written", Map.of("body", "hello")).statusCode())
        .isEqualTo(303);
    CountingDriver.reset();
    HttpResponse<String> told = reader.get("/");

    assertThat(unreadMessages(told)).isEqualTo("1 unread message");
    assertThat(loginLookups()).as("the login check, which brings the count").isEqualTo(1);
    assertThat(pageStatements()).as("rendering costs what it did").hasSize(rendering);
    assertThat(CountingDriver.executed())
        .filteredOn(sql -> sql.contains("unread_messages"))
        .as("read only by the login check")
        .hasSize(1)
        .allMatch(StatementBudgetTest::isLoginLookup);
  }

  private static String unreadBadge(HttpResponse<String> page) {
    return Browser.html(page).select("#unread-notifications .visually-hidden").text();
  }

  private static long loginLookups() {
    return CountingDriver.executed().stream().filter(StatementBudgetTest::isLoginLookup).count();
  }

  private static boolean isLoginLookup(String sql) {
    return sql.matches("(?is)\\s*SELECT .*FROM\\s+\"?logins\"?.*");
  }

  /** Makes the reader follow {@code count} authors, each with at least {@code posts} posts. */
  private void grow(Browser reader, int count, int posts) {
    // People the reader blocks or mutes: every list filters them, the settings page lists them.
    while (shunned < count / 2 + 1) {
      String name = "shunned" + shunned;
      registered(name).post("/posts", Map.of("body", "hidden from the reader #budget"));
      String action = shunned++ % 2 == 0 ? "/block" : "/mute";
      assertThat(reader.post("/users/" + name + action, Map.of()).statusCode()).isEqualTo(303);
    }
    while (authors.size() < count) {
      String name = "author" + authors.size();
      authors.add(registered(name));
      assertThat(reader.post("/users/" + name + "/follow", Map.of()).statusCode()).isEqualTo(303);
    }
    for (int a = 0; a < authors.size(); a++) {
      Browser author = authors.get(a);
      int shown = Browser.html(author.get("/users/author" + a)).select(".post-body").size();
      for (int p = shown; p < posts; p++) {
        String body = "post " + p + " by author" + a + " for @reader and @author" + p + " #budget";
        assertThat(author.post("/posts", Map.of("body", body)).statusCode()).isEqualTo(303);
        assertThat(reader.post("/posts/" + postId(author, a) + "/like", Map.of()).statusCode())
            .isEqualTo(303);
      }
    }
    // Replies to the reader's post, each mentioning someone else and liked, over several pages.
    while (replies.size() < posts) {
      Browser author = authors.get(replies.size() % authors.size());
      String body = "reply " + replies.size() + " to @reader and @author" + replies.size();
      var replied = author.post("/posts", Map.of("body", body, "inReplyTo", thread));
      assertThat(replied.statusCode()).isEqualTo(303);
      replies.add(Browser.location(replied));
      reader.post(Browser.location(replied) + "/like", Map.of());
    }
    // Boosts mixed into the reader's home, newest of all: each author's latest post, boosted by
    // the author followed next and, every third, by the reader too (the newer boost places it).
    // Each booster boosts the reader's post too, which the reader hears of.
    for (int a = 0; a < authors.size(); a++) {
      String post = "/posts/" + postId(authors.get(a), a);
      Browser booster = authors.get((a + 1) % authors.size());
      assertThat(booster.post(post + "/boost", Map.of()).statusCode()).isEqualTo(303);
      assertThat(booster.post("/posts/" + thread + "/boost", Map.of()).statusCode()).isEqualTo(303);
      if (a % 3 == 0) {
        assertThat(reader.post(post + "/boost", Map.of()).statusCode()).isEqualTo(303);
      }
    }
    // Every author writes to the reader once; author1 and the reader talk on, page after page.
    for (int a = messaged; a < authors.size(); a++) {
      assertThat(authors.get(a).post("/messages/reader", Map.of("body", "hi from " + a)))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(303);
    }
    messaged = authors.size();
    while (conversation < posts) {
      Browser from = conversation % 2 == 0 ? authors.get(1) : reader;
      String to = conversation % 2 == 0 ? "/messages/reader" : "/messages/author1";
      assertThat(from.post(to, Map.of("body", "message " + conversation++)).statusCode())
          .isEqualTo(303);
    }
    // The first reply's author edits it again and again: its history grows with the data.
    while (edits < posts) {
      String body = "reply 0 to @reader, edited " + edits++ + " times, for @author" + edits;
      assertThat(authors.get(0).post(replies.get(0) + "/edit", Map.of("body", body)).statusCode())
          .isEqualTo(303);
    }
  }

  /** An account's id, as the client API's lookup gives it. */
  private String accountId(String name) {
    String body = new Browser(server.getURI()).get("/api/v1/accounts/lookup?acct=" + name).body();
    return body.replaceFirst("(?s)^\\{\"id\":\"(\\d+)\".*", "$1");
  }

  private static String postId(Browser author, int a) {
    return Browser.html(author.get("/users/author" + a)).select(".post").first().id().substring(5);
  }

  private Map<String, Integer> statementsPerPage(Browser reader, boolean olderPagesExist) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> pages = new LinkedHashMap<>();
    for (String page : List.of("/", "/explore", "/users/author1", "/users/reader")) {
      pages.put(page, page);
    }
    pages.put("post with replies", "/posts/" + thread);
    pages.put("reply", replies.get(replies.size() - 1));
    pages.put("tag", "/tags/budget");
    pages.put(SEARCH, "/search?q=budget+post");
    pages.put("notifications", "/notifications");
    pages.put("messages", "/messages");
    pages.put("conversation", "/messages/author1");
    pages.put("following", "/users/reader/following");
    pages.put("blocked and muted", "/settings/blocks");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      counts.put(page.getKey(), statements(reader, page.getValue()));
      String older = olderPage(reader, page.getValue());
      if (olderPagesExist && !page.getKey().equals("reply")) {
        assertThat(older).as("older link of " + page).containsAnyOf("before=", "after=");
      }
      counts.put(page.getKey() + " (older page)", statements(reader, older));
    }
    assertThat(Browser.html(reader.get("/users/author1")).select("#block-button, #mute-button"))
        .as("the profile's Block and Mute buttons come with the profile's one read")
        .hasSize(2);
    assertThat(Browser.html(reader.get("/")).select(".boosted-by"))
        .as("boosts are mixed into the reader's home")
        .isNotEmpty();
    Browser anonymous = new Browser(server.getURI());
    counts.put("tag (anonymous)", statements(anonymous, "/tags/budget"));
    counts.put("explore (anonymous)", statements(anonymous, "/explore"));
    counts.put("followers (anonymous)", statements(anonymous, "/users/author1/followers"));
    counts.put(SEARCH + " (anonymous)", statements(anonymous, "/search?q=budget+post"));
    assertThat(Browser.html(reader.get("/notifications?before=1000000")).select(".notification p"))
        .as("the reader hears of boosts of their post")
        .anyMatch(line -> line.text().contains(" boosted your post."));
    counts.put("notifications (news since the last look)", statementsWithNews(reader));
    counts.put(READ_NOW, conversationWithNews(reader));
    String edited = replies.get(0);
    counts.put("post history", statements(reader, edited + "/history"));
    counts.put(
        "post history (anonymous)", statements(new Browser(server.getURI()), edited + "/history"));
    counts.put("post edit form", statements(authors.get(0), edited + "/edit"));
    // The client API's lists: the statuses, the mentioned accounts, every author's account in one
    // read (and for an account's statuses, that account first).
    counts.put("API public timeline", statements(anonymous, "/api/v1/timelines/public?limit=40"));
    String next =
        anonymous
            .get("/api/v1/timelines/public?limit=4")
            .headers()
            .firstValue("Link")
            .orElseThrow()
            .replaceFirst("^<[^>]*(/api/v1/timelines/public\\?max_id=\\d+)>; rel=\"next\".*", "$1");
    assertThat(next)
        .as("the Link header's next page")
        .startsWith("/api/v1/timelines/public?max_id=");
    counts.put("API public timeline (older page)", statements(anonymous, next + "&limit=4"));
    counts.put(
        "API account statuses",
        statements(anonymous, "/api/v1/accounts/" + accountId("author1") + "/statuses"));
    counts.put(
        "API status context", statements(anonymous, "/api/v1/statuses/" + thread + "/context"));
    counts.put(
        "API account following",
        statements(anonymous, "/api/v1/accounts/" + accountId("reader") + "/following"));
    // A status's people and versions: whether it is seen, then one read of the page (history:
    // the versions, their mentions, the author).
    String editedId = edited.substring(edited.lastIndexOf('/') + 1);
    counts.put(
        "API status favourited_by",
        statements(anonymous, "/api/v1/statuses/" + editedId + "/favourited_by"));
    counts.put(
        "API status reblogged_by",
        statements(anonymous, "/api/v1/statuses/" + thread + "/reblogged_by"));
    counts.put(
        "API status history", statements(anonymous, "/api/v1/statuses/" + editedId + "/history"));
    return counts;
  }

  /**
   * The notifications page right after something new happened to the reader: the page and marking
   * it read, counted as every page is; the login check that brings the new count (which the news
   * makes certain here) is asserted apart.
   */
  private int statementsWithNews(Browser reader) {
    Browser author = authors.get(0);
    author.post("/posts", Map.of("body", "news for @reader, number " + news++));
    CountingDriver.reset();
    HttpResponse<String> page = reader.get("/notifications");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Browser.html(page).select(".notification.unread")).hasSize(1);
    assertThat(Browser.html(page).select("#unread-notifications")).as("marked read").isEmpty();
    assertThat(loginLookups()).as("the news makes the login check run").isEqualTo(1);
    return pageStatements().size();
  }

  /**
   * A conversation right after the partner wrote: the page and marking it read, counted as every
   * page is; the login check that brings the new unread count is asserted apart.
   */
  private int conversationWithNews(Browser reader) {
    String before = unreadMessages(reader.get("/"));
    authors.get(1).post("/messages/reader", Map.of("body", "news, number " + news++));
    CountingDriver.reset();
    HttpResponse<String> page = reader.get("/messages/author1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Browser.html(page).select(".message.unread")).hasSize(1);
    assertThat(unreadMessages(page))
        .as("marked read: only the other conversations' unread messages are left")
        .isEqualTo(before);
    assertThat(loginLookups()).as("the news makes the login check run").isEqualTo(1);
    return pageStatements().size();
  }

  private static String unreadMessages(HttpResponse<String> page) {
    return Browser.html(page).select("#unread-messages .visually-hidden").text();
  }

  private static int notificationsOf(Browser reader) {
    int count = 0;
    String page = "/notifications";
    while (page != null && !page.isEmpty()) {
      var html = Browser.html(reader.get(page));
      count += html.select(".notification").size();
      page = html.select("a[rel=next]").attr("href");
    }
    return count;
  }

  /** The page's "older" link, or a keyset page by hand where the data fits on one page. */
  private static String olderPage(Browser reader, String page) {
    String href = Browser.html(reader.get(page)).select("a[rel=next]").attr("href");
    return href.isEmpty() ? page + (page.contains("?") ? "&" : "?") + "before=1000000" : href;
  }

  /**
   * The statements one page view runs. A logged-in request may also hand a "last seen" write to the
   * blocking pool (at most once a minute per user), and the live-login check looks the login up
   * once its one-second memory has run out: either can land in any request's window, on a busy
   * machine in any page's. Neither is part of rendering the page, so both are left out of the
   * count; the login check has its own test above.
   */
  private static int statements(Browser reader, String path) {
    reader.get(path);
    CountingDriver.reset();
    HttpResponse<String> response = reader.get(path);
    List<String> executed = pageStatements();
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(executed).as(path + " ran " + executed).isNotEmpty();
    return executed.size();
  }

  /**
   * What rendering ran: {@link #withoutBookkeeping()}, and without the live-login check, which
   * looks the login up once its one-second memory has run out and so can land in any page's window.
   */
  private static List<String> pageStatements() {
    return withoutBookkeeping().stream().filter(sql -> !isLoginLookup(sql)).toList();
  }

  /**
   * What ran without the bookkeeping writes a logged-in request may hand on, "last seen" and the
   * login's "last used" (each at most once a minute), which can land in any page's window.
   */
  private static List<String> withoutBookkeeping() {
    return CountingDriver.executed().stream()
        .map(sql -> sql.replaceAll("\\s+", " "))
        .filter(sql -> !sql.contains("SET last_seen") && !sql.contains("SET last_used_at"))
        .toList();
  }

  private Browser registered(String name) {
    Browser browser = new Browser(server.getURI());
    HttpResponse<String> response = browser.register(name, PASSWORD);
    assertThat(response.statusCode()).as("registering " + name).isEqualTo(303);
    return browser.logIn(name, PASSWORD);
  }
}
