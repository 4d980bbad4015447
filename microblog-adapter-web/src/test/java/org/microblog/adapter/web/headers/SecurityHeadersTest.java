package org.microblog.adapter.web.headers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;

@MicronautTest
class SecurityHeadersTest extends WebTestSupport {

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    for (String path :
        List.of(
            "/login", "/explore", "/", "/no/such/page", "/static/app.css", "/avatars/ann.svg")) {
      HttpResponse<String> response = anonymous().get(path);
      var headers = response.headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(headers.firstValue("Strict-Transport-Security")).as("no TLS configured").isEmpty();
    }
  }

  @Test
  void thePolicyAllowsOnlyOwnScriptFilesNoThirdPartyAndNoFraming() {
    String policy = SecurityHeadersFilter.CONTENT_SECURITY_POLICY;
    assertThat(policy).contains("default-src 'none'").contains("frame-ancestors 'none'");
    assertThat(policy)
        .contains("script-src 'self';")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval")
        .doesNotContain("http");
  }

  @Test
  void pagesLoadNothingFromOtherHostsAndContainNoInlineScript() {
    var page = Browser.html(alice().get("/"));
    assertThat(page.select("script:not([src])")).isEmpty();
    assertThat(page.select("script").eachAttr("src"))
        .containsExactly("/static/live.js", "/static/time.js");
    assertThat(page.select("[style]")).isEmpty();
    page.select("[src], link[href]")
        .forEach(element -> assertThat(element.attr("src") + element.attr("href")).startsWith("/"));
  }

  @Test
  void tooLargeABodyGets413() {
    Browser browser = anonymous().visit("/register");

    HttpResponse<String> response =
        browser.post("/register", java.util.Map.of("username", "x".repeat(2 * 1024 * 1024)));

    assertThat(response.statusCode()).isEqualTo(413);
  }
}
