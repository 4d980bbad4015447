package org.microblog.adapter.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.user.Language;

/** The account pages (log in, register, mailed links) in Spanish, and a few in German. */
@MicronautTest
class AccountSpanishPagesTest extends WebTestSupport {
  private static final String TOKEN = "Abcdefghijklmnopqrstuvwxyz0123456789_-ABCDE";

  @Inject Translations translations;
  @Inject AccountTokenQuery tokens;

  @BeforeEach
  void workingLinks() {
    reset(tokens);
  }

  private Browser spanish() {
    return anonymous().speaking("es");
  }

  private void allSpanish(HttpResponse<String> response) {
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(response.body())).isEmpty();
  }

  @Test
  void theLoginPageAndItsNoticeAreInSpanish() {
    HttpResponse<String> response = spanish().get("/login?registered");

    allSpanish(response);
    Document page = Browser.html(response);
    assertThat(page.title()).isEqualTo("Iniciar sesión · Microblog");
    assertThat(page.select("label[for=username]").text()).isEqualTo("Nombre de usuario");
    assertThat(page.select(".notice").text()).startsWith("Tu cuenta está lista.");
    assertThat(page.select("#forgot-password").text()).isEqualTo("¿Olvidaste tu contraseña?");
  }

  @Test
  void aFailedLoginSaysSoInSpanish() {
    Browser browser = spanish().visit("/login");

    HttpResponse<String> response =
        browser.post("/login", Map.of("username", "nobody", "password", "wrong password"));

    assertThat(response.statusCode()).isEqualTo(422);
    allSpanish(response);
    assertThat(Browser.html(response).select("#login-error").text())
        .isEqualTo("Nombre de usuario o contraseña incorrectos.");
  }

  @Test
  void registrationRefusesInSpanishWithTheRulesOwnWords() {
    Browser browser = spanish().visit("/register");
    allSpanish(browser.get("/register"));

    HttpResponse<String> response =
        browser.post(
            "/register",
            Map.of(
                "username", "a!b", "email", "not-an-email", "password", "short", "confirm", "x"));

    assertThat(response.statusCode()).isEqualTo(422);
    allSpanish(response);
    assertThat(Browser.html(response).select(".error").eachText())
        .containsExactly(
            "El nombre de usuario solo puede contener letras, dígitos y guiones bajos.",
            "Escribe una dirección de correo válida.",
            "La contraseña debe tener entre 8 y 128 caracteres.");
  }

  @Test
  void thePasswordResetPagesAreInSpanish() {
    HttpResponse<String> ask = spanish().get("/reset-password?sent");
    HttpResponse<String> reset = spanish().get("/reset-password/" + TOKEN);

    allSpanish(ask);
    allSpanish(reset);
    assertThat(Browser.html(ask).select("h1").text()).isEqualTo("¿Olvidaste tu contraseña?");
    assertThat(Browser.html(ask).select(".notice").text()).contains("Revisa tu bandeja de entrada");
    assertThat(Browser.html(reset).select("main button").text())
        .isEqualTo("Guardar contraseña nueva");
  }

  @Test
  void aLinkThatNoLongerWorksSaysWhyInSpanishAndGerman() {
    doThrow(AccountToken.used(TokenPurpose.RESET_PASSWORD)).when(tokens).ensureUsable(any(), any());

    HttpResponse<String> response = spanish().get("/reset-password/" + TOKEN);
    Document german = Browser.html(anonymous().speaking("de").get("/reset-password/" + TOKEN));

    assertThat(response.statusCode()).isEqualTo(410);
    allSpanish(response);
    Document page = Browser.html(response);
    assertThat(page.select("h1").text()).isEqualTo("Este enlace no funciona");
    assertThat(page.select("#link-problem p").first().text())
        .isEqualTo(
            "Este enlace para restablecer la contraseña ya se ha usado. Cada enlace funciona una"
                + " sola vez.");
    assertThat(page.select("#link-problem a").text()).isEqualTo("Pedir un enlace nuevo");
    assertThat(german.title()).isEqualTo("Dieser Link funktioniert nicht · Microblog");
  }

  @Test
  void theVerificationPageIsInSpanishAndGerman() {
    HttpResponse<String> response = spanish().get("/verify-email/" + TOKEN);
    Document german = Browser.html(anonymous().speaking("de").get("/verify-email/" + TOKEN));

    allSpanish(response);
    assertThat(Browser.html(response).select("h1").text())
        .isEqualTo("Verifica tu dirección de correo");
    assertThat(german.title()).isEqualTo("Bestätige deine E-Mail-Adresse · Microblog");
    assertThat(german.select("main button").text()).isEqualTo("Adresse bestätigen");
  }

  @Test
  void theRegistrationPageHasAGermanTitle() {
    Document german = Browser.html(anonymous().speaking("de").get("/register"));

    assertThat(german.title()).isEqualTo("Registrieren · Microblog");
    assertThat(new EnglishOnlyText(translations, Language.GERMAN).in(german.outerHtml())).isEmpty();
  }
}
