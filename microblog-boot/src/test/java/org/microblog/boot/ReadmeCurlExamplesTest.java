package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;

/**
 * The README's client-API walk-through ("An app, step by step, with curl") run as written against
 * the real app: every {@code sh} block in order, with the real {@code curl}, the variables filled
 * from earlier answers as the text tells a reader to. The person's part (logging in and approving
 * on the consent page) is done over HTTP as a browser would. Each answer must have the status the
 * step needs and every field the README shows for it, so the examples cannot drift from the server.
 * Skipped where {@code curl} or {@code openssl} is not installed ({@code .ci/run} installs them).
 */
@MicronautTest
class ReadmeCurlExamplesTest {
  private static final String SECTION = "### An app, step by step, with curl";
  private static final String PERSON = "readme";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  private final ShellSession shell = new ShellSession();
  private List<ReadmeSection.Example> examples;
  private int next;

  @Test
  void theReadmesCurlExamplesWorkAsWritten() {
    assumeTrue(ShellSession.toolsAvailable(), "curl or openssl is not installed");
    examples = ReadmeSection.of(SECTION).examples();
    Browser person = loggedInPerson();

    assertThat(step("the server", "SERVER=").output().text()).isEmpty();
    shell.set("SERVER", server.getURI().toString().replaceAll("/$", ""));

    Map<String, Object> app = answer(step("registering the app", "/api/v1/apps"), 200);
    assertThat(app).containsKeys("client_id", "client_secret");
    shell.set("CLIENT_ID", (String) app.get("client_id"));
    shell.set("CLIENT_SECRET", (String) app.get("client_secret"));

    String authorize =
        step("the consent page's address", "/oauth/authorize").output().text().strip();
    assertThat(authorize).startsWith(shell.get("SERVER") + "/oauth/authorize?");
    shell.set("CODE", approve(person, authorize.substring(shell.get("SERVER").length())));

    Map<String, Object> token = answer(step("exchanging the code", "authorization_code"), 200);
    assertThat(token).containsEntry("token_type", "Bearer").containsEntry("scope", "read write");
    shell.set("TOKEN", (String) token.get("access_token"));

    assertThat(answer(step("verify_credentials", "/api/v1/accounts/verify_credentials"), 200))
        .containsEntry("username", PERSON);

    Step posting = step("posting", "/api/v1/statuses");
    Map<String, Object> status = answer(posting, 200);
    assertThat(status.get("content")).asString().isNotBlank();
    assertThat(((Map<?, ?>) status.get("account")).get("username")).isEqualTo(PERSON);
    assertThat(answer(posting.again(), 200).get("id"))
        .as("the same Idempotency-Key again is the same post")
        .isEqualTo(status.get("id"));

    answer(step("revoking", "/oauth/revoke"), 200);
    assertThat(
            ApiClient.anonymous(server.getURI(), json)
                .get("/api/v1/accounts/verify_credentials", shell.get("TOKEN"))
                .statusCode())
        .as("a revoked token")
        .isEqualTo(401);

    Map<String, Object> appToken = answer(step("client credentials", "client_credentials"), 200);
    assertThat(appToken).containsEntry("token_type", "Bearer");
    shell.set("APP_TOKEN", (String) appToken.get("access_token"));

    assertThat(answer(step("the app's own call", "/api/v1/apps/verify_credentials"), 200))
        .containsEntry("name", app.get("name"));

    assertThat(next)
        .as("every sh block of the README's section is a step this test knows")
        .isEqualTo(examples.size());
  }

  /** A block that ran: what it printed, and the answer the README shows after it, if any. */
  private record Step(
      ShellSession.Output output, ReadmeSection.Example example, ShellSession shell) {
    Step again() {
      return new Step(shell.run(example.commands()), example, shell);
    }
  }

  /** Runs the next block, which must be the step that {@code marker} names. */
  private Step step(String name, String marker) {
    assertThat(next).as("the README's section has a block for " + name).isLessThan(examples.size());
    ReadmeSection.Example example = examples.get(next++);
    assertThat(example.commands()).as("the block for " + name).contains(marker);
    return new Step(shell.run(example.commands()), example, shell);
  }

  /** The answer as JSON, with the status expected and every field the README shows for it. */
  private Map<String, Object> answer(Step step, int status) {
    ShellSession.Output output = step.output();
    assertThat(output.status()).as(output.text()).hasValue(status);
    Map<String, Object> answer = map(output.text());
    step.example().shownAnswer().ifPresent(shown -> assertHasFields(answer, map(shown), ""));
    return answer;
  }

  @SuppressWarnings("unchecked")
  private static void assertHasFields(
      Map<String, Object> answer, Map<String, Object> shown, String path) {
    assertThat(answer)
        .as("fields the README shows at " + path)
        .containsKeys(shown.keySet().toArray(String[]::new));
    shown.forEach(
        (key, value) -> {
          if (value instanceof Map<?, ?> nested && answer.get(key) instanceof Map<?, ?> real) {
            assertHasFields(
                (Map<String, Object>) real, (Map<String, Object>) nested, path + key + ".");
          }
        });
  }

  /** The person approves on the consent page; the page then shows the code (out of band). */
  private static String approve(Browser person, String authorizePath) {
    HttpResponse<String> page = ApiClient.decide(person, authorizePath, "approve");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    String code = Browser.html(page).select("#code").val();
    assertThat(code).isNotBlank();
    return code;
  }

  private Browser loggedInPerson() {
    Browser browser = new Browser(server.getURI());
    assertThat(browser.register(PERSON, "password of " + PERSON).statusCode()).isEqualTo(303);
    return browser.logIn(PERSON, "password of " + PERSON);
  }

  private Map<String, Object> map(String text) {
    try {
      return json.readValue(text, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
