package org.microblog.boot.accessibility;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.boot.ApiClient;
import org.microblog.boot.MailServer;
import org.microblog.boot.accessibility.PageState.Viewer;
import org.microblog.domain.twofactor.Totp;
import org.microblog.domain.twofactor.TotpSecret;

/**
 * The app with a real SMTP server and people in it: someone with full lists (ada, who follows bob,
 * with more posts than a page holds), someone brand new (newbie, address not verified), and the
 * links and mails that the pages and mails need. Fetches any {@link PageState}'s HTML over HTTP.
 */
final class Site implements AutoCloseable {
  static final String PASSWORD = "correct horse battery";

  /** Whom each viewer logs in as. */
  static final Map<Viewer, String> USERNAMES =
      Map.of(Viewer.FULL, "ada", Viewer.EMPTY, "newbie", Viewer.SECOND_STEP, "tess");

  private final MailServer mail = new MailServer();
  private final ApplicationContext context;
  private final EmbeddedServer server;
  private final Map<Viewer, Browser> browsers = new EnumMap<>(Viewer.class);
  private final Map<String, String> placeholders = new LinkedHashMap<>();
  private final Map<String, String> mails = new LinkedHashMap<>();

  Site() {
    int port = MailServer.freePort();
    context =
        ApplicationContext.builder("test")
            .properties(
                Map.of(
                    "micronaut.server.port",
                    port,
                    "microblog.public-url",
                    "http://localhost:" + port,
                    "microblog.smtp.host",
                    "127.0.0.1",
                    "microblog.smtp.port",
                    mail.port))
            .start();
    server = context.getBean(EmbeddedServer.class).start();
    seed();
  }

  ApplicationContext context() {
    return context;
  }

  int port() {
    return server.getPort();
  }

  /** The HTML mails people get, by name. */
  Map<String, String> mails() {
    return mails;
  }

  /** A path with its placeholders filled in. */
  String resolve(String path) {
    String resolved = path;
    for (Map.Entry<String, String> value : placeholders.entrySet()) {
      resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
    }
    if (resolved.contains("{")) {
      throw new IllegalArgumentException("unknown placeholder in " + path);
    }
    return resolved;
  }

  /** The page's HTML as the server sent it, after checking its status. */
  String html(PageState state) {
    Browser browser = browsers.get(state.viewer());
    HttpResponse<String> page = browser.get(resolve(state.path()));
    HttpResponse<String> shown = state.isForm() ? send(browser, page, state.form()) : page;
    if (shown.statusCode() != state.status()) {
      throw new AssertionError(
          state.name() + " answered " + shown.statusCode() + " instead of " + state.status());
    }
    return shown.body();
  }

  /** Sends the form as a browser would: the page's own fields, overridden by the state's. */
  private HttpResponse<String> send(
      Browser browser, HttpResponse<String> page, PageState.Form form) {
    String action = resolve(form.action());
    Map<String, String> fields = new LinkedHashMap<>();
    Element onPage = Browser.html(page).selectFirst("form[action=" + action + "]");
    if (onPage != null) {
      onPage.select("input[name], textarea[name]").stream()
          .filter(field -> !"checkbox".equals(field.attr("type")))
          .forEach(
              field ->
                  fields.put(
                      field.attr("name"),
                      field.tagName().equals("textarea") ? field.text() : field.val()));
    } else {
      browser.csrfToken().ifPresent(token -> fields.put("csrfToken", token));
    }
    fields.putAll(form.values());
    if (form.withoutCsrfToken()) {
      fields.remove("csrfToken");
    }
    return browser.postRaw(action, fields);
  }

  private void seed() {
    URI base = server.getURI();
    Browser ada = registered("ada");
    Browser bob = registered("bob");
    Browser newbie = registered("newbie");
    browsers.put(Viewer.ANONYMOUS, new Browser(base).visit("/login"));
    browsers.put(Viewer.FULL, ada);
    browsers.put(Viewer.EMPTY, newbie);
    browsers.put(Viewer.SECOND_STEP, atSecondStep(registered("tess")));

    mails.put("mail-verify-email", html(mail.latest("ada@example.org", "Verify")));
    verify(ada, "ada@example.org");
    verify(bob, "bob@example.org");
    placeholders.put("verifyToken", token(mail.latest("newbie@example.org", "Verify")));

    bob.post("/posts", Map.of("body", "Bob's first post, with a <tag> & an ampersand"));
    IntStream.rangeClosed(1, 24)
        .forEach(
            i -> ada.post("/posts", Map.of("body", "Ada's post number " + i + " on #engines")));
    ada.post("/posts", Map.of("body", "A long word: " + "supercalifragilistic".repeat(6)));
    ada.post("/users/bob/follow", Map.of());
    ada.post(
        "/settings/profile",
        Map.of(
            "username",
            "ada",
            "about",
            "Mathematician.\nWrites notes on engines.",
            "postsFindable",
            "on"));
    placeholders.put("homeOlder", older(ada, "/"));
    placeholders.put("exploreOlder", older(ada, "/explore"));
    placeholders.put("tagOlder", older(ada, "/tags/engines"));
    placeholders.put("searchOlder", older(ada, "/search?q=engines"));
    String bobsDelete =
        Browser.html(bob.get("/")).select(".post form[action$=/delete]").attr("action");
    placeholders.put("bobPostDelete", bobsDelete);
    seedThreads(ada, bob);
    seedBoosts(ada, bob);
    seedMessages(ada, bob);
    seedApps(ada);

    new Browser(base)
        .visit("/reset-password")
        .post("/reset-password", Map.of("email", "ada@example.org"));
    MimeMessage reset = mail.latest("ada@example.org", "password");
    mails.put("mail-password-reset", html(reset));
    placeholders.put("resetToken", token(reset));

    ada.post("/settings/export", Map.of());
    mails.put("mail-export-ready", html(mail.latest("ada@example.org", "export is ready")));

    Browser carl = registered("carl");
    carl.post("/settings/account/email", Map.of("email", "carl@example.net", "current", PASSWORD));
    verify(carl, "carl@example.net");
    mails.put("mail-email-changed", html(mail.latest("carl@example.org", "changed")));
  }

  /** Turns two-factor on for the logged-in person, then gives the password in a new browser. */
  private Browser atSecondStep(Browser person) {
    String secret =
        Browser.html(person.get("/settings/two-factor")).select("input[name=secret]").val();
    String code = Totp.code(TotpSecret.parse(secret), Totp.stepAt(Instant.now()), Totp.DIGITS);
    HttpResponse<String> on =
        person.post("/settings/two-factor/enable", Map.of("secret", secret, "code", code));
    if (on.statusCode() != 200) {
      throw new IllegalStateException("cannot turn two-factor on: " + on.statusCode());
    }
    Browser next = new Browser(server.getURI()).visit("/login");
    next.post("/login", Map.of("username", "tess", "password", PASSWORD));
    return next;
  }

  /**
   * A thread with a content warning and an edited reply, a lonely post, and a reply under a deleted
   * post; and so ada's notifications: bob mentions her, answers her, likes her reply, follows her.
   */
  private void seedThreads(Browser ada, Browser bob) {
    String start =
        published(bob, "bob", "Hello @ada, see #engines at https://example.org/notes?a=1&b=2");
    String reply = replied(ada, start, "The engine can do more than count.", "Long maths");
    ada.post(
        "/posts/" + reply + "/edit",
        Map.of("body", "The engine can do more than count, @bob.", "spoiler", "Long maths"));
    replied(bob, reply, "Tell me more, @ada!", "");
    ada.post("/posts/" + start + "/like", Map.of());
    bob.post("/posts/" + reply + "/like", Map.of());
    bob.post("/users/ada/follow", Map.of());
    placeholders.put("threadStart", start);
    placeholders.put("threadReply", reply);
    placeholders.put("lonelyPost", published(bob, "bob", "Nobody answers this one."));
    String doomed = published(bob, "bob", "Soon deleted.");
    String orphan = replied(ada, doomed, "I answered before it went.", "");
    bob.post("/posts/" + doomed + "/delete", Map.of());
    placeholders.put("orphanReply", orphan);
  }

  /**
   * Ada's home shows both kinds of boosted card: her own post boosted by bob (she may boost it
   * too), and bob's post boosted by her (she may take it back).
   */
  private static void seedBoosts(Browser ada, Browser bob) {
    String adas = Browser.html(ada.get("/users/ada")).select(".post").first().id().substring(5);
    String bobs = Browser.html(bob.get("/users/bob")).select(".post").first().id().substring(5);
    for (HttpResponse<String> boosted :
        List.of(
            bob.post("/posts/" + adas + "/boost", Map.of()),
            ada.post("/posts/" + bobs + "/boost", Map.of()))) {
      if (boosted.statusCode() != 303) {
        throw new IllegalStateException("cannot boost: " + boosted.statusCode());
      }
    }
  }

  /** A conversation between ada and bob over two pages, with bob's newest message unread. */
  /** An app ada authorised (for the apps page) and the consent page's link for it. */
  private void seedApps(Browser ada) {
    ApiClient app =
        ApiClient.register(server.getURI(), context.getBean(JsonMapper.class), "read write");
    app.tokenFor(ada, "read");
    placeholders.put("oauthAuthorize", app.authorizePath(ApiClient.OOB, "read write", "state"));
  }

  private void seedMessages(Browser ada, Browser bob) {
    for (int i = 1; i <= 24; i++) {
      Browser from = i % 3 == 0 ? ada : bob;
      from.post(
          i % 3 == 0 ? "/messages/bob" : "/messages/ada",
          Map.of("body", "Message " + i + " with a <tag> & a\nsecond line"));
    }
    placeholders.put("conversationOlder", older(ada, "/messages/bob"));
    bob.post("/messages/ada", Map.of("body", "Unread: are you there, ada?"));
  }

  /** Publishes a post and returns its id. */
  private static String published(Browser author, String name, String body) {
    author.post("/posts", Map.of("body", body));
    return Browser.html(author.get("/users/" + name))
        .select(".post")
        .first()
        .id()
        .substring("post-".length());
  }

  /** Replies to a post and returns the reply's id. */
  private static String replied(Browser author, String parent, String body, String warning) {
    HttpResponse<String> answer =
        author.post("/posts", Map.of("body", body, "inReplyTo", parent, "spoiler", warning));
    return Browser.location(answer).substring("/posts/".length());
  }

  private Browser registered(String name) {
    Browser browser = new Browser(server.getURI());
    HttpResponse<String> answer = browser.register(name, PASSWORD);
    if (answer.statusCode() != 303) {
      throw new IllegalStateException("cannot register " + name + ": " + answer.statusCode());
    }
    return browser.logIn(name, PASSWORD);
  }

  private void verify(Browser browser, String address) {
    String path = "/verify-email/" + token(mail.latest(address, "Verify"));
    browser.visit(path).post(path, Map.of());
  }

  private static String older(Browser browser, String page) {
    Document html = Browser.html(browser.get(page));
    String href = html.select("a[rel=next]").attr("href");
    if (href.isEmpty()) {
      throw new IllegalStateException(page + " has no older page");
    }
    return href;
  }

  private static String token(MimeMessage message) {
    String link = MailServer.link(message, "/[a-z-]+/[A-Za-z0-9_-]{43}");
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private static String html(MimeMessage message) {
    return MailServer.part(message, "text/html");
  }

  @Override
  public void close() {
    context.close();
    mail.close();
  }
}
