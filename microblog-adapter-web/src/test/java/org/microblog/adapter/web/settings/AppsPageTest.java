package org.microblog.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.oauth.AuthorisedApp;
import org.microblog.application.port.in.oauth.AuthorisedAppsUseCase;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AppName;
import org.microblog.domain.oauth.AppWebsite;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.oauth.RedirectUris;
import org.microblog.domain.oauth.Scopes;

/** {@code /settings/apps}: the authorised apps, escaped, each with a CSRF-protected "revoke". */
@MicronautTest
class AppsPageTest extends WebTestSupport {
  private static final ClientId APP = new ClientId("c".repeat(43));

  @Inject AuthorisedAppsUseCase apps;

  @Test
  void listsTheAppsEscapedAndRevokesOne() {
    reset(apps);
    OAuthApp app =
        new OAuthApp(
            APP,
            new AppName("<b>Tusky</b>"),
            AppWebsite.parse("https://tusky.example"),
            RedirectUris.parse(RedirectUris.OOB),
            Scopes.parse("read write"),
            TokenHash.of("secret"),
            Instant.parse("2026-01-01T00:00:00Z"));
    when(apps.appsOf(ALICE))
        .thenReturn(
            List.of(
                new AuthorisedApp(
                    app, Scopes.parse("read"), Instant.parse("2026-01-02T00:00:00Z"))));
    Browser alice = alice();

    Document page = Browser.html(alice.get("/settings/apps"));

    assertThat(page.select("#apps h2").eachText()).containsExactly("<b>Tusky</b>");
    assertThat(page.select("#apps code").eachText()).containsExactly("read");
    assertThat(alice.post("/settings/apps/" + APP.value() + "/revoke", Map.of()).statusCode())
        .isEqualTo(303);
    verify(apps).revoke(ALICE, APP);
  }

  @Test
  void revokingNeedsTheCsrfTokenAndAWellFormedId() {
    reset(apps);
    Browser alice = alice();

    assertThat(
            alice
                .postRaw("/settings/apps/" + APP.value() + "/revoke", Map.of("csrfToken", "forged"))
                .statusCode())
        .isEqualTo(403);
    assertThat(alice.post("/settings/apps/not-an-id/revoke", Map.of()).statusCode()).isEqualTo(404);
    verify(apps, never()).revoke(any(), any());
    assertThat(anonymous().get("/settings/apps").statusCode()).isEqualTo(303);
  }
}
