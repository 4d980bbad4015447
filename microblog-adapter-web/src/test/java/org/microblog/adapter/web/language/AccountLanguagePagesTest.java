package org.microblog.adapter.web.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.account.RequestPasswordResetCommand;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase;
import org.microblog.application.port.in.language.ChooseLanguageCommand;
import org.microblog.application.port.in.language.ChooseLanguageUseCase;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.application.port.in.user.UpdateProfileUseCase;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/**
 * The account's language: the field in the profile settings, the switcher saving it when logged in,
 * and every page following it over the switcher's cookie and the browser.
 */
@MicronautTest
class AccountLanguagePagesTest extends WebTestSupport {
  @Inject Translations translations;
  @Inject AccountQuery accounts;
  @Inject UpdateProfileUseCase updateProfile;
  @Inject ChooseLanguageUseCase chooseLanguage;
  @Inject RegisterUserUseCase registerUser;
  @Inject RequestPasswordResetUseCase requestReset;

  @BeforeEach
  void aliceChoseSpanish() {
    reset(accounts, updateProfile, chooseLanguage, registerUser, requestReset);
    when(accounts.account(ALICE)).thenReturn(Optional.of(alice(Optional.of(Language.SPANISH))));
  }

  @Test
  void theSettingShowsTheAccountsLanguageAndAnAutomaticChoice() {
    Element field = languageField(Browser.html(alice().get("/settings/profile")));

    assertThat(field.select("option").eachAttr("value")).containsExactly("", "en", "es", "de");
    assertThat(field.select("option[selected]").attr("value")).isEqualTo("es");
    assertThat(field.selectFirst("option").text()).isEqualTo("Automatic (from your browser)");
  }

  @Test
  void anAccountWithoutALanguageShowsAutomatic() {
    when(accounts.account(ALICE)).thenReturn(Optional.of(alice(Optional.empty())));

    Element field = languageField(Browser.html(alice().get("/settings/profile")));

    assertThat(field.select("option[selected]")).isEmpty();
    assertThat(field.selectFirst("option").attr("value")).isEmpty();
  }

  @Test
  void savingTheSettingChoosesTheLanguageOrAutomatic() {
    Browser browser = alice();

    HttpResponse<String> saved = browser.post("/settings/profile", profile("de"));
    browser.post("/settings/profile", profile(""));

    assertThat(saved.statusCode()).isEqualTo(303);
    verify(chooseLanguage).choose(new ChooseLanguageCommand(ALICE, Optional.of(Language.GERMAN)));
    verify(chooseLanguage).choose(new ChooseLanguageCommand(ALICE, Optional.empty()));
  }

  @Test
  void refusesALanguageTheSiteDoesNotSpeakWithTheFieldsMessage() {
    Browser browser = alice();

    for (String hostile :
        new String[] {"fr", "x".repeat(10_000), "<script>alert(1)</script>", "es' OR '1'='1"}) {
      HttpResponse<String> refused = browser.post("/settings/profile", profile(hostile));

      assertThat(refused.statusCode()).as(hostile).isEqualTo(422);
      Document page = Browser.html(refused);
      assertThat(page.select("#language-error").text())
          .isEqualTo("Choose English, Español or Deutsch.");
      assertThat(page.select("#language").attr("aria-invalid")).isEqualTo("true");
      assertThat(refused.body()).doesNotContain("<script>alert(1)");
    }
    verify(updateProfile, never()).update(any());
    verifyNoInteractions(chooseLanguage);
  }

  @Test
  void theFieldSpeaksSpanishAndGerman() {
    when(loginValidity.status(any(), any()))
        .thenReturn(Optional.of(new LoginStatus(0, 0, Optional.of(Language.SPANISH))));
    Element spanish = languageField(Browser.html(alice().get("/settings/profile")));
    assertThat(spanish.select("label").text()).isEqualTo("Idioma");
    assertThat(spanish.selectFirst("option").text()).isEqualTo("Automático (el de tu navegador)");
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(spanish.outerHtml()))
        .isEmpty();

    when(loginValidity.status(any(), any()))
        .thenReturn(Optional.of(new LoginStatus(0, 0, Optional.of(Language.GERMAN))));
    Element german = languageField(Browser.html(alice().get("/settings/profile")));
    assertThat(german.select("label").text()).isEqualTo("Sprache");
    assertThat(new EnglishOnlyText(translations, Language.GERMAN).in(german.outerHtml())).isEmpty();
  }

  @Test
  void pagesFollowTheAccountsLanguageOverTheCookieAndTheBrowser() {
    when(loginValidity.status(any(), any()))
        .thenReturn(Optional.of(new LoginStatus(0, 0, Optional.of(Language.GERMAN))));
    Browser browser = alice().speaking("es").withCookie(LanguageResolver.COOKIE, "es");

    Document page = Browser.html(browser.get("/explore"));

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
    assertThat(page.select("nav a[href=/explore]").text()).isEqualTo("Entdecken");
  }

  @Test
  void withoutAnAccountLanguageTheCookieAndTheBrowserStillApply() {
    Browser browser = alice().speaking("de");
    assertThat(Browser.html(browser.get("/explore")).selectFirst("html").attr("lang"))
        .isEqualTo("de");

    browser.withCookie(LanguageResolver.COOKIE, "es");
    assertThat(Browser.html(browser.get("/explore")).selectFirst("html").attr("lang"))
        .isEqualTo("es");
  }

  @Test
  void theSwitcherSavesTheAccountsLanguageWhenLoggedIn() {
    HttpResponse<String> response =
        alice().visit("/explore").post("/language", Map.of("language", "de", "back", "/"));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).contains("lang=de");
    verify(chooseLanguage).choose(new ChooseLanguageCommand(ALICE, Optional.of(Language.GERMAN)));
  }

  @Test
  void theSwitcherSavesNothingForAnonymousVisitorsOrRefusedLanguages() {
    anonymous().visit("/explore").post("/language", Map.of("language", "de", "back", "/"));
    alice().visit("/explore").post("/language", Map.of("language", "fr", "back", "/"));

    verifyNoInteractions(chooseLanguage);
  }

  @Test
  void registrationRecordsTheLanguageTheFormWasShownIn() {
    anonymous().speaking("de-AT,de;q=0.9").register("dieter", "a-long-enough-password");
    anonymous().withCookie(LanguageResolver.COOKIE, "es").register("carmen", "a-long-password!");

    verify(registerUser)
        .register(
            argThat(
                c ->
                    c.username().value().equals("dieter")
                        && c.language().equals(Optional.of(Language.GERMAN))));
    verify(registerUser)
        .register(
            argThat(
                c ->
                    c.username().value().equals("carmen")
                        && c.language().equals(Optional.of(Language.SPANISH))));
  }

  @Test
  void aPasswordResetAskedForFromASpanishPageAsksForASpanishMail() {
    when(requestReset.request(any())).thenReturn(RequestPasswordResetUseCase.Outcome.ACCEPTED);

    anonymous()
        .speaking("es")
        .visit("/reset-password")
        .post("/reset-password", Map.of("email", "carmen@example.org"));

    verify(requestReset)
        .request(
            new RequestPasswordResetCommand(
                new EmailAddress("carmen@example.org"), Optional.of(Language.SPANISH)));
  }

  private static Map<String, String> profile(String language) {
    return Map.of("username", "alice", "about", "", "language", language);
  }

  private static Element languageField(Document page) {
    Element select = page.getElementById("language");
    assertThat(select).as("the language field").isNotNull();
    Element field = new Element("div");
    field.appendChild(page.selectFirst("label[for=language]").clone());
    field.appendChild(select.clone());
    return field;
  }

  private static AccountView alice(Optional<Language> language) {
    return new AccountView(
        ALICE,
        new Username("alice"),
        new EmailAddress("a@example.org"),
        AboutMe.empty(),
        true,
        true,
        language);
  }
}
