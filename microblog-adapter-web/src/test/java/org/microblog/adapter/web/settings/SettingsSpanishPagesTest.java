package org.microblog.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.account.DeleteAccountUseCase;
import org.microblog.application.port.in.block.BlockList;
import org.microblog.application.port.in.block.BlockQuery;
import org.microblog.application.port.in.export.ExportStatus;
import org.microblog.application.port.in.export.ExportStatusQuery;
import org.microblog.application.port.in.login.LoginView;
import org.microblog.application.port.in.login.LoginsQuery;
import org.microblog.application.port.in.oauth.AuthorisedAppsUseCase;
import org.microblog.application.port.in.twofactor.TwoFactorSetup;
import org.microblog.application.port.in.twofactor.TwoFactorStatus;
import org.microblog.domain.job.JobId;
import org.microblog.domain.job.JobState;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.twofactor.TotpSecret;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/** Every settings page in Spanish, a refusal on one of them, and a few German titles. */
@MicronautTest
class SettingsSpanishPagesTest extends WebTestSupport {
  private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");
  private static final LoginId PHONE = new LoginId("phone-login-0123456789");

  @Inject Translations translations;
  @Inject AccountQuery accounts;
  @Inject DeleteAccountUseCase deleteAccount;
  @Inject BlockQuery blocks;
  @Inject AuthorisedAppsUseCase apps;
  @Inject LoginsQuery logins;
  @Inject ExportStatusQuery exports;

  @BeforeEach
  void aliceHasAFullAccount() {
    reset(accounts, deleteAccount, blocks, apps, logins, exports);
    when(accounts.account(ALICE))
        .thenReturn(
            Optional.of(
                new AccountView(
                    ALICE,
                    new Username("alice"),
                    new EmailAddress("alice@example.org"),
                    AboutMe.empty(),
                    false,
                    true)));
    when(blocks.blockList(ALICE))
        .thenReturn(new BlockList(List.of(new Username("bob")), List.of(new Username("carol"))));
    when(apps.appsOf(ALICE)).thenReturn(List.of());
    when(logins.loginsOf(ALICE))
        .thenReturn(
            List.of(
                new LoginView(LOGIN, "Firefox on Linux", "203.0.113.0/24", false, T, T, T),
                new LoginView(PHONE, "A browser on an unknown system", "unknown", true, T, T, T)));
    when(exports.latestExport(any())).thenReturn(Optional.empty());
    when(twoFactor.newSetup(ALICE))
        .thenReturn(
            new TwoFactorSetup(
                TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII)),
                "otpauth://totp/Microblog:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
  }

  private Browser spanishAlice() {
    return alice().speaking("es");
  }

  private Document allSpanish(HttpResponse<String> response) {
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(response.body()))
        .as(response.uri().toString())
        .isEmpty();
    return Browser.html(response);
  }

  private static final List<String> PAGES =
      List.of(
          "/settings/profile",
          "/settings/account?done=email-sent",
          "/settings/sessions",
          "/settings/blocks",
          "/settings/apps",
          "/settings/two-factor",
          "/settings/export",
          "/settings/delete");

  @Test
  void everySettingsPageIsInSpanish() {
    Browser alice = spanishAlice();
    for (String path : PAGES) {
      HttpResponse<String> response = alice.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      allSpanish(response);
    }
  }

  @Test
  void everySettingsPageIsInGerman() {
    Browser alice = alice().speaking("de");
    EnglishOnlyText english = new EnglishOnlyText(translations, Language.GERMAN);
    for (String path : PAGES) {
      HttpResponse<String> response = alice.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(english.in(response.body())).as(path).isEmpty();
      assertThat(Browser.html(response).selectFirst("html").attr("lang")).isEqualTo("de");
    }
  }

  @Test
  void theAccountPageSpeaksSpanishAndTheNavigationToo() {
    Document page = allSpanish(spanishAlice().get("/settings/account?done=email-sent"));

    assertThat(page.title()).isEqualTo("Correo y contraseña · Microblog");
    assertThat(page.select("#email-status").text()).isEqualTo("sin verificar");
    assertThat(page.select(".notice").text()).startsWith("Hemos enviado un enlace");
    assertThat(page.select("nav.settings-nav").attr("aria-label")).isEqualTo("Ajustes");
    assertThat(page.select("nav.settings-nav a").eachText())
        .contains("Perfil", "Sesiones", "Bloqueados y silenciados", "Eliminar cuenta");
  }

  @Test
  void theLoginsAreDescribedInSpanish() {
    Document page = allSpanish(spanishAlice().get("/settings/sessions"));

    assertThat(page.select("#logins h2").eachText())
        .containsExactly(
            "Firefox en Linux (este navegador)", "Un navegador en un sistema desconocido");
    assertThat(page.select("#logins li").last().select(".meta").text())
        .startsWith("Desde desconocida ·")
        .contains("recordada, termina tras 30 días sin uso");
  }

  @Test
  void anUnknownLoginIsA404InSpanish() {
    HttpResponse<String> response =
        spanishAlice().post("/settings/sessions/someone-elses-login-id/end", Map.of());

    assertThat(response.statusCode()).isEqualTo(404);
    Document page = allSpanish(response);
    assertThat(page.select("main p").first().text()).isEqualTo("No existe esa sesión.");
  }

  @Test
  void theBlocksPageNamesWhomToUnblockInSpanish() {
    Document page = allSpanish(spanishAlice().get("/settings/blocks"));

    assertThat(page.select("#blocked button").attr("aria-label")).isEqualTo("Desbloquear a bob");
    assertThat(page.select("#muted button").text()).isEqualTo("Dejar de silenciar");
  }

  @Test
  void deletingWithAWrongPasswordRefusesInSpanish() {
    doThrow(DomainException.invalid("password.wrong", "That password is not correct."))
        .when(deleteAccount)
        .delete(any());

    HttpResponse<String> response =
        spanishAlice().post("/settings/delete", Map.of("password", "wrong"));

    assertThat(response.statusCode()).isEqualTo(422);
    Document page = allSpanish(response);
    assertThat(page.select(".error").text()).isEqualTo("Esa contraseña no es correcta.");
    assertThat(page.select("button.danger").text()).isEqualTo("Eliminar mi cuenta");
  }

  @Test
  void eachExportStateIsInSpanishWithItsReason() {
    Browser alice = spanishAlice();

    latest(JobState.RUNNING, 1234 % 100, null);
    Document running = allSpanish(alice.get("/settings/export"));
    latest(JobState.QUEUED, 0, "Something went wrong on our side.");
    Document queued = allSpanish(alice.get("/settings/export"));
    latest(JobState.FAILED, 10, "It was interrupted too often.");
    Document failed = allSpanish(alice.get("/settings/export"));

    assertThat(running.select("#export-progress-label").text())
        .isEqualTo("En preparación: 34 % hecho.");
    assertThat(queued.select("#export-status p").first().text())
        .startsWith("En cola hace")
        .endsWith(
            "El último intento no funcionó (Algo salió mal por nuestra parte.); se vuelve a"
                + " intentar.");
    assertThat(failed.select("#export-status p").text())
        .isEqualTo("Ha fallado: Se interrumpió demasiadas veces.");
  }

  @Test
  void twoFactorCountsTheCodesLeftInSpanish() {
    Browser alice = spanishAlice();
    when(twoFactor.status(ALICE)).thenReturn(new TwoFactorStatus(true, 1));

    Document page = allSpanish(alice.get("/settings/two-factor"));

    assertThat(page.select("#recovery-left").text())
        .isEqualTo("1 código de recuperación sin usar.");
  }

  @Test
  void theSettingsPagesHaveGermanTitles() {
    Browser alice = alice().speaking("de");

    assertThat(Browser.html(alice.get("/settings/profile")).title())
        .isEqualTo("Profileinstellungen · Microblog");
    assertThat(Browser.html(alice.get("/settings/sessions")).title())
        .isEqualTo("Anmeldungen · Microblog");
    assertThat(Browser.html(alice.get("/settings/delete")).title())
        .isEqualTo("Konto löschen · Microblog");
    assertThat(
            new EnglishOnlyText(translations, Language.GERMAN)
                .in(alice.get("/settings/export").body()))
        .isEmpty();
  }

  private void latest(JobState state, int progress, String reason) {
    when(exports.latestExport(ALICE))
        .thenReturn(
            Optional.of(
                new ExportStatus(
                    new JobId(42),
                    state,
                    progress,
                    Optional.ofNullable(reason),
                    T,
                    Optional.empty())));
  }
}
