package org.microblog.adapter.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.oauth.ApproveAuthorizationUseCase;
import org.microblog.application.port.in.oauth.AuthorizationRequestQuery;
import org.microblog.application.port.in.oauth.CheckedAuthorization;
import org.microblog.application.port.in.oauth.OAuthError;
import org.microblog.application.port.in.oauth.OAuthRefusal;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AppName;
import org.microblog.domain.oauth.AppWebsite;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.oauth.RedirectUris;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.user.Language;

/** The consent page: escaped, CSRF-protected, and no redirect for an unknown app. */
@MicronautTest
class AuthorizePageTest extends WebTestSupport {
  private static final String REDIRECT = "https://app.example/cb";
  private static final String QUERY =
      "/oauth/authorize?response_type=code&client_id="
          + "c".repeat(43)
          + "&redirect_uri="
          + REDIRECT
          + "&scope=read&state=%22%3E%3Cscript%3E";

  @Inject org.microblog.adapter.web.i18n.Translations translations;
  @Inject AuthorizationRequestQuery requests;
  @Inject ApproveAuthorizationUseCase approve;

  @BeforeEach
  void anApp() {
    reset(requests, approve);
    OAuthApp app =
        new OAuthApp(
            new ClientId("c".repeat(43)),
            new AppName("<script>alert(1)</script>"),
            AppWebsite.parse("https://app.example"),
            RedirectUris.parse(REDIRECT),
            Scopes.parse("read"),
            TokenHash.of("secret"),
            Instant.parse("2026-01-01T00:00:00Z"));
    when(requests.check(any()))
        .thenReturn(
            new CheckedAuthorization(app, REDIRECT, Scopes.parse("read"), Optional.empty()));
    when(approve.approve(eq(ALICE), any())).thenReturn("the-code");
  }

  private static Map<String, String> formOf(HttpResponse<String> page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Browser.html(page)
        .select("form[action=/oauth/authorize] input[name]")
        .forEach(input -> fields.put(input.attr("name"), input.val()));
    return fields;
  }

  @Test
  void showsTheAppEscapedAndSendsTheCodeWithTheState() {
    Browser alice = alice();
    HttpResponse<String> page = alice.get(QUERY);

    Document html = Browser.html(page);
    assertThat(page.body()).doesNotContain("<script>alert(1)");
    assertThat(html.select("h1").text()).isEqualTo("Authorise <script>alert(1)</script>?");
    Map<String, String> form = formOf(page);
    assertThat(form).containsEntry("state", "\"><script>");
    form.put("decision", "approve");

    HttpResponse<String> approved = alice.postRaw("/oauth/authorize", form);

    assertThat(approved.statusCode()).isEqualTo(303);
    assertThat(Browser.location(approved))
        .isEqualTo(REDIRECT + "?code=the-code&state=%22%3E%3Cscript%3E");
  }

  @Test
  void theFormNeedsItsCsrfToken() {
    Browser alice = alice();
    Map<String, String> form = formOf(alice.get(QUERY));
    form.put("decision", "approve");
    form.put("csrfToken", "forged");

    assertThat(alice.postRaw("/oauth/authorize", form).statusCode()).isEqualTo(403);
    verify(approve, never()).approve(any(), any());
  }

  @Test
  void anUnknownAppGetsAPageNotARedirect() {
    when(requests.check(any()))
        .thenThrow(new OAuthRefusal(OAuthError.INVALID_CLIENT, "Unknown client."));

    HttpResponse<String> page = alice().get(QUERY);

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void theConsentPageTheCodePageAndARefusalAreInSpanish() {
    Browser alice = alice().speaking("es");
    HttpResponse<String> consent = alice.get(QUERY);
    Map<String, String> form = formOf(consent);
    form.put("redirect_uri", RedirectUris.OOB);
    form.put("decision", "approve");
    HttpResponse<String> code = alice.postRaw("/oauth/authorize", form);
    when(requests.check(any()))
        .thenThrow(
            new OAuthRefusal(
                OAuthError.INVALID_REQUEST,
                "The redirect URI included is not valid: it is not one this app registered."));
    HttpResponse<String> refused = alice.get(QUERY);

    var noEnglish = new EnglishOnlyText(translations, Language.SPANISH);
    for (HttpResponse<String> page : java.util.List.of(consent, code, refused)) {
      assertThat(noEnglish.in(page.body())).isEmpty();
    }
    assertThat(Browser.html(consent).select("h1").text())
        .isEqualTo("¿Autorizar <script>alert(1)</script>?");
    assertThat(Browser.html(consent).select("main form p").first().text())
        .isEqualTo(
            "<script>alert(1)</script> pide usar tu cuenta @alice. ¿No eres tú? Usa otra cuenta.");
    assertThat(Browser.html(consent).select(".scopes li").eachText())
        .containsExactly("Leer todo lo de tu cuenta read");
    assertThat(Browser.html(code).select("h1").text()).isEqualTo("Código de autorización");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Browser.html(refused).select("main p").first().text())
        .isEqualTo(
            "No se puede autorizar la solicitud de esta aplicación: La URI de redirección no es"
                + " válida: no es una de las que registró esta aplicación.");
  }

  @Test
  void theConsentPageIsInGerman() {
    Document page = Browser.html(alice().speaking("de").get(QUERY));

    assertThat(page.title()).isEqualTo("<script>alert(1)</script> autorisieren · Microblog");
    assertThat(page.select("main form p").first().text())
        .isEqualTo(
            "<script>alert(1)</script> möchte dein Konto @alice verwenden. Nicht du? Anderes Konto"
                + " verwenden.");
  }
}
