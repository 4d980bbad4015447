package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.domain.user.EmailAddress;
import org.openqa.selenium.By;

/**
 * Accounts by mail with the real wiring, a real SMTP server (GreenMail) and an H2 database: the
 * SMTP adapter, the reset flow over HTTP and in Chromium, and an unreachable mail server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsByMailJourneyTest {
  private MailServer mail;
  private EmbeddedServer server;

  @BeforeAll
  void start() {
    mail = new MailServer();
    int port = MailServer.freePort();
    server =
        start(
            Map.of(
                "micronaut.server.port",
                port,
                "microblog.public-url",
                "http://localhost:" + port,
                "microblog.smtp.host",
                "127.0.0.1",
                "microblog.smtp.port",
                mail.port,
                "microblog.mail.from",
                "Microblog <noreply@blog.example>"));
  }

  @AfterAll
  void stop() {
    server.close();
    mail.close();
  }

  private static EmbeddedServer start(Map<String, Object> properties) {
    Map<String, Object> all = new HashMap<>(properties);
    all.putIfAbsent("micronaut.server.port", -1);
    return ApplicationContext.builder("test")
        .properties(all)
        .start()
        .getBean(EmbeddedServer.class)
        .start();
  }

  private static Browser register(EmbeddedServer server, String name, String password) {
    Browser browser = new Browser(server.getURI());
    HttpResponse<String> response = browser.register(name, password);
    assertThat(response.statusCode()).as("registering " + name).isEqualTo(303);
    return browser;
  }

  @Test
  void theSmtpAdapterDeliversPlainTextAndHtml() throws Exception {
    server
        .getApplicationContext()
        .getBean(MailSender.class)
        .send(
            new MailMessage(
                new EmailAddress("ann@example.org"),
                "Grüße",
                "plain text, ümlaut",
                "<p>html, <b>ümlaut</b></p>"));

    MimeMessage received = mail.latest("ann@example.org", "Grüße");
    assertThat(received.getFrom()[0].toString()).contains("noreply@blog.example");
    assertThat(received.isMimeType("multipart/alternative")).isTrue();
    assertThat(MailServer.part(received, "text/plain")).contains("plain text, ümlaut");
    assertThat(MailServer.part(received, "text/html")).contains("<b>ümlaut</b>");
  }

  @Test
  void registrationMailsAVerificationLinkThatVerifiesTheAddress() {
    Browser vic = register(server, "vic", "password of vic").logIn("vic", "password of vic");
    assertThat(Browser.html(vic.get("/users/vic")).select("#email-unverified")).hasSize(1);

    String link = MailServer.link(mail.latest("vic@example.org", "Verify"), "/verify-email/\\S+");
    String path = URI.create(link).getPath();
    assertThat(vic.get(path).statusCode()).isEqualTo(200);
    HttpResponse<String> verified = vic.post(path, Map.of());

    assertThat(Browser.location(verified)).isEqualTo("/settings/account?verified");
    assertThat(Browser.html(vic.get("/users/vic")).select("#email-unverified")).isEmpty();
    assertThat(vic.post(path, Map.of()).statusCode()).isEqualTo(410);
  }

  @Test
  void aSpanishAccountGetsItsMailsInSpanishWhicheverPageAsksForThem() throws Exception {
    Browser carmen = new Browser(server.getURI()).speaking("es-ES,es;q=0.9");
    assertThat(carmen.register("carmen", "una clave bastante larga").statusCode()).isEqualTo(303);

    MimeMessage verify = mail.latest("carmen@example.org", "Verifica");
    assertThat(verify.getSubject()).isEqualTo("Verifica tu dirección de correo para Microblog");
    assertThat(MailServer.part(verify, "text/plain")).contains("Hola, carmen:", "/verify-email/");
    assertThat(MailServer.part(verify, "text/html"))
        .contains("<html lang=\"es\">", "Verificar mi dirección");

    // Asked for from a page in German: the account's Spanish wins.
    new Browser(server.getURI())
        .speaking("de")
        .visit("/reset-password")
        .post("/reset-password", Map.of("email", "carmen@example.org"));
    MimeMessage reset = mail.latest("carmen@example.org", "Restablece");
    assertThat(reset.getSubject()).isEqualTo("Restablece tu contraseña de Microblog");
    assertThat(MailServer.part(reset, "text/plain"))
        .contains("Alguien, esperamos que tú", "/reset-password/");
  }

  @Test
  void aResetByMailSetsTheNewPasswordAndEndsTheOldLogin() throws Exception {
    Browser oldLogin = register(server, "rae", "old password").logIn("rae", "old password");
    assertThat(oldLogin.get("/").statusCode()).isEqualTo(200);
    Browser forgetful = new Browser(server.getURI()).visit("/reset-password");

    HttpResponse<String> asked =
        forgetful.post("/reset-password", Map.of("email", "RAE@example.org"));
    assertThat(Browser.location(asked)).isEqualTo("/reset-password?sent");

    MimeMessage received = mail.latest("rae@example.org", "Reset");
    String link = MailServer.link(received, "/reset-password/[A-Za-z0-9_-]{43}");
    assertThat(link).startsWith("http://localhost:" + server.getPort() + "/reset-password/");
    assertThat(MailServer.part(received, "text/html")).contains("href=\"" + link + "\"");
    String path = URI.create(link).getPath();
    assertThat(forgetful.get(path).statusCode()).isEqualTo(200);
    HttpResponse<String> reset =
        forgetful.post(path, Map.of("password", "new password", "confirm", "new password"));
    assertThat(Browser.location(reset)).isEqualTo("/login?reset");

    HttpResponse<String> ended = oldLogin.get("/");
    assertThat(ended.statusCode()).isEqualTo(303);
    assertThat(Browser.location(ended)).startsWith("/login?ended");
    assertThat(oldLogin.get("/").statusCode()).isEqualTo(303);
    assertThat(
            new Browser(server.getURI())
                .visit("/login")
                .post("/login", Map.of("username", "rae", "password", "old password"))
                .statusCode())
        .isEqualTo(422);
    assertThat(new Browser(server.getURI()).logIn("rae", "new password").get("/").statusCode())
        .isEqualTo(200);
    assertThat(forgetful.get(path).statusCode()).isEqualTo(410);
  }

  @Test
  void changingThePasswordKeepsThisBrowserLoggedInAndEndsTheOthers() {
    Browser here = register(server, "cyd", "old password").logIn("cyd", "old password");
    Browser elsewhere = new Browser(server.getURI()).logIn("cyd", "old password");

    HttpResponse<String> changed =
        here.post(
            "/settings/account/password",
            Map.of(
                "current", "old password", "password", "new password", "confirm", "new password"));

    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(here.get("/settings/account").statusCode()).isEqualTo(200);
    assertThat(Browser.location(elsewhere.get("/"))).startsWith("/login?ended");
  }

  @Test
  void anUnreachableMailServerGetsAQuickHonestAnswerAndLeavesNoLink() throws Exception {
    int closedPort = MailServer.freePort();
    try (EmbeddedServer offline =
        start(Map.of("microblog.smtp.host", "127.0.0.1", "microblog.smtp.port", closedPort))) {
      register(offline, "dot", "password of dot");
      Browser browser = new Browser(offline.getURI()).visit("/reset-password");

      long started = System.nanoTime();
      HttpResponse<String> response =
          browser.post("/reset-password", Map.of("email", "dot@example.org"));
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(Browser.html(response).select(".error").text())
          .contains("could not send the email");
      assertThat(took).isLessThan(Duration.ofSeconds(10));
      DataSource data = offline.getApplicationContext().getBean(DataSource.class);
      try (Connection connection =
              io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(data)
                  .getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM account_tokens")) {
        rows.next();
        assertThat(rows.getLong(1)).as("tokens left behind").isZero();
      }
    }
  }

  @Test
  void inChromiumSomeoneResetsAForgottenPasswordFromTheMailAndLogsIn() throws Exception {
    try (Chromium browser = Chromium.startOrSkip(server.getPort())) {
      register(server, "zoe", "forgotten password");
      browser.open("/login");
      browser.click(By.id("forgot-password"));
      browser.fill("email", "zoe@example.org");
      browser.submit("/reset-password");
      assertThat(browser.text(By.cssSelector(".notice")))
          .contains("If an account uses that address");

      String link =
          MailServer.link(
              mail.latest("zoe@example.org", "Reset"), "/reset-password/[A-Za-z0-9_-]{43}");
      browser.driver().get(link);
      browser.fill("password", "remembered at last");
      browser.fill("confirm", "remembered at last");
      browser.click(By.cssSelector("main form button[type=submit]"));
      assertThat(browser.text(By.cssSelector(".notice")))
          .contains("Please log in with the new one");

      browser.fill("username", "zoe");
      browser.fill("password", "remembered at last");
      browser.submit("/login");
      assertThat(browser.text(By.id("current-user"))).isEqualTo("zoe");
    }
  }
}
