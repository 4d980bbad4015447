package org.microblog.adapter.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.domain.user.Language;

/** The error pages and the refusals the web layer words itself, in Spanish and German. */
@MicronautTest
@Property(name = "microblog.limits.failed-logins-per-minute", value = "1")
class ErrorSpanishPagesTest extends WebTestSupport {
  @Inject Translations translations;

  private Document allSpanish(HttpResponse<String> response) {
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(response.body())).isEmpty();
    return Browser.html(response);
  }

  @Test
  void thePageThatIsNotThereSaysSoInSpanishAndGerman() {
    HttpResponse<String> response = anonymous().speaking("es").get("/no/such/page");
    Document german = Browser.html(anonymous().speaking("de").get("/no/such/page"));

    assertThat(response.statusCode()).isEqualTo(404);
    Document page = allSpanish(response);
    assertThat(page.title()).isEqualTo("Página no encontrada · Microblog");
    assertThat(page.select("main p").eachText())
        .containsExactly(
            "Aquí no hay nada. Puede que la página se haya movido o que nunca haya existido.",
            "Error 404",
            "Volver a la página de inicio");
    assertThat(german.title()).isEqualTo("Seite nicht gefunden · Microblog");
    assertThat(german.select("main p").get(1).text()).isEqualTo("Fehler 404");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedInSpanish() {
    HttpResponse<String> response =
        anonymous().speaking("es").visit("/login").postRaw("/login", Map.of("username", "x"));

    assertThat(response.statusCode()).isEqualTo(403);
    Document page = allSpanish(response);
    assertThat(page.select("h1").text()).isEqualTo("Prohibido");
    assertThat(page.select("main p").first().text())
        .startsWith("Este formulario ha caducado o no procede de este sitio.");
  }

  @Test
  void aWrongMethodAndAnUnreadableFormAreRefusedInSpanish() {
    Browser browser = anonymous().speaking("es").visit("/login");

    HttpResponse<String> wrongMethod = browser.get("/logout");
    HttpResponse<String> unreadable =
        browser.postBytes(
            "/register",
            "application/x-www-form-urlencoded",
            ("csrfToken=" + browser.csrfToken().orElseThrow() + "&username=%zz").getBytes());

    assertThat(wrongMethod.statusCode()).isIn(404, 405);
    allSpanish(wrongMethod);
    assertThat(unreadable.statusCode()).isIn(400, 403);
    assertThat(allSpanish(unreadable).select("main p").first().text())
        .isIn(
            "No se pudo leer el formulario: no está bien codificado.",
            "La solicitud no es válida. Revisa el enlace o el formulario e inténtalo de nuevo.",
            "Este formulario ha caducado o no procede de este sitio. Vuelve atrás, recarga la"
                + " página e inténtalo de nuevo.");
  }

  @Test
  void tooManyFailedLoginsAreRefusedInSpanish() {
    when(authenticateUser.authenticate(any())).thenReturn(Optional.empty());
    Browser browser = anonymous().speaking("es").visit("/login");

    HttpResponse<String> refused = null;
    for (int attempt = 0;
        attempt < 3 && (refused == null || refused.statusCode() != 429);
        attempt++) {
      refused = browser.post("/login", Map.of("username", "erin", "password", "guess"));
    }

    assertThat(refused.statusCode()).isEqualTo(429);
    Document page = allSpanish(refused);
    assertThat(page.select("h1").text()).isEqualTo("Más despacio");
    assertThat(page.select("main p").first().text())
        .isEqualTo(
            "Demasiados intentos fallidos de inicio de sesión. Espera un minuto e inténtalo de"
                + " nuevo.");
  }
}
