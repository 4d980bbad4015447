package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/**
 * Mail that nobody waits for goes out as a job: the notice to the old address after an email change
 * waits out a mail server that is briefly down and arrives once it is back, while the change itself
 * is made at once.
 */
class BackgroundMailTest {

  @Test
  void theEmailChangeNoticeArrivesOnceTheMailServerIsBack() {
    MailServer mail = new MailServer();
    int smtpPort = mail.port;
    try (EmbeddedServer server =
        ApplicationContext.builder("test")
            .properties(
                Map.of(
                    "micronaut.server.port",
                    -1,
                    "microblog.smtp.host",
                    "127.0.0.1",
                    "microblog.smtp.port",
                    smtpPort,
                    "microblog.jobs.poll-interval",
                    "200ms"))
            .start()
            .getBean(EmbeddedServer.class)
            .start()) {
      Browser eve = new Browser(server.getURI());
      assertThat(eve.register("eve", "password of eve").statusCode()).isEqualTo(303);
      eve.logIn("eve", "password of eve").visit("/settings/account");
      eve.post(
          "/settings/account/email",
          Map.of("email", "eve@new.example", "current", "password of eve"));
      String link = MailServer.link(mail.latest("eve@new.example", "Verify"), "/verify-email/\\S+");
      mail.close();

      String path = URI.create(link).getPath();
      eve.get(path);
      HttpResponse<String> verified = eve.post(path, Map.of());
      assertThat(Browser.location(verified)).isEqualTo("/settings/account?verified");
      AppProcess.sleep(1_500);

      MailServer back = new MailServer(smtpPort);
      try {
        MimeMessage notice = awaitMail(back, "eve@example.org", "changed", Duration.ofSeconds(40));
        assertThat(MailServer.part(notice, "text/plain")).contains("eve@new.example");
      } finally {
        back.close();
      }
    }
  }

  private static MimeMessage awaitMail(
      MailServer mail, String to, String subject, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    AssertionError last = null;
    while (System.nanoTime() < deadline) {
      try {
        return mail.latest(to, subject);
      } catch (AssertionError notYet) {
        last = notYet;
      }
    }
    throw last;
  }
}
