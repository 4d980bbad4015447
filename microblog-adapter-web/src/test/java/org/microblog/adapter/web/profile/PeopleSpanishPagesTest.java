package org.microblog.adapter.web.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
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
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.FollowListQuery;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Profiles (counts with their plurals, the buttons, the notices of a block or mute) and follower
 * lists, read in Spanish and German: no English left.
 */
@MicronautTest
class PeopleSpanishPagesTest extends WebTestSupport {
  private static final Instant SINCE = Instant.parse("2026-01-02T03:04:05Z");

  @Inject ProfileQuery profiles;
  @Inject FollowListQuery lists;
  @Inject AccountQuery accounts;
  @Inject FollowUserUseCase followUser;
  @Inject Translations translations;

  @BeforeEach
  void people() {
    reset(profiles, lists, accounts, followUser);
    when(profiles.profile(any(), any())).thenReturn(Optional.empty());
    when(lists.followers(any(), any()))
        .thenReturn(new Page<>(List.of(), Optional.empty(), Optional.empty()));
    when(lists.following(any(), any()))
        .thenReturn(new Page<>(List.of(), Optional.empty(), Optional.empty()));
    bobWith(1, 2, Relation.NONE);
  }

  private void bobWith(long followers, long following, Relation relation) {
    when(profiles.profile(eq(new Username("bob")), any()))
        .thenReturn(Optional.of(profile(BOB, "bob", followers, following, relation)));
  }

  private static ProfileView profile(
      UserId id, String name, long followers, long following, Relation relation) {
    return new ProfileView(
        id,
        new Username(name),
        new AboutMe("hola"),
        SINCE,
        Instant.now().minusSeconds(300),
        followers,
        following,
        false,
        relation);
  }

  private void assertNoEnglish(String html, Language language) {
    assertThat(new EnglishOnlyText(translations, language).in(html)).as(language.name()).isEmpty();
  }

  @Test
  void aProfileIsSpanishWithItsCountsInTheSingularAndPlural() {
    HttpResponse<String> response = alice().speaking("es").get("/users/bob");

    assertThat(response.statusCode()).isEqualTo(200);
    assertNoEnglish(response.body(), Language.SPANISH);
    Document html = Browser.html(response);
    assertThat(html.select("a[href=/users/bob/followers]").text()).isEqualTo("1 seguidor");
    assertThat(html.select("a[href=/users/bob/following]").text()).isEqualTo("2 siguiendo");
    assertThat(html.select("#followers").text()).isEqualTo("1");
    assertThat(html.select(".meta").eachText())
        .contains("Miembro desde 2 ene 2026", "Última actividad hace 5 minutos");
    assertThat(html.select("form[action=/users/bob/follow] button").text()).isEqualTo("Seguir");
    assertThat(html.select("#message-button").text()).isEqualTo("Mensaje");
    assertThat(html.select("#mute-button").text()).isEqualTo("Silenciar");
    assertThat(html.select("#block-button").text()).isEqualTo("Bloquear");

    bobWith(2, 1, Relation.NONE);
    Document two = Browser.html(alice().speaking("es").get("/users/bob"));
    assertThat(two.select("a[href=/users/bob/followers]").text()).isEqualTo("2 seguidores");
  }

  @Test
  void countsAreGroupedAsTheLanguageGroupsNumbers() {
    bobWith(12_345, 0, Relation.NONE);

    assertThat(
            Browser.html(anonymous().speaking("es").get("/users/bob")).select("#followers").text())
        .isEqualTo("12.345");
    assertThat(
            Browser.html(anonymous().speaking("en").get("/users/bob")).select("#followers").text())
        .isEqualTo("12,345");
  }

  @Test
  void aProfileInGerman() {
    HttpResponse<String> response = alice().speaking("de").get("/users/bob");

    assertNoEnglish(response.body(), Language.GERMAN);
    Document html = Browser.html(response);
    assertThat(html.select("a[href=/users/bob/followers]").text()).isEqualTo("1 Follower");
    assertThat(html.select("a[href=/users/bob/following]").text()).isEqualTo("2 Gefolgt");
    assertThat(html.select("form[action=/users/bob/follow] button").text()).isEqualTo("Folgen");
    assertThat(html.select("#block-button").text()).isEqualTo("Blockieren");
  }

  @Test
  void theUndoButtonsAndTheBlockAndMuteNoticesAreSpanish() {
    bobWith(1, 1, new Relation(true, false, true));

    HttpResponse<String> blocked = alice().speaking("es").get("/users/bob?done=blocked");

    assertNoEnglish(blocked.body(), Language.SPANISH);
    Document html = Browser.html(blocked);
    assertThat(html.select(".notice").text())
        .isEqualTo("Has bloqueado esta cuenta. Ninguno de los dos puede contactar con el otro.");
    assertThat(html.select("#mute-button").text()).isEqualTo("Dejar de silenciar");
    assertThat(html.select("#block-button").text()).isEqualTo("Desbloquear");
    assertThat(
            Browser.html(alice().speaking("es").get("/users/bob?done=muted"))
                .select(".notice")
                .text())
        .isEqualTo("Has silenciado esta cuenta. No lo sabrá.");
    assertThat(
            Browser.html(alice().speaking("de").get("/users/bob?done=unblocked"))
                .select(".notice")
                .text())
        .isEqualTo("Du hast die Blockierung dieses Kontos aufgehoben.");
    assertThat(Browser.html(alice().get("/users/bob?done=unmuted")).select(".notice").text())
        .isEqualTo("You have unmuted this account.");
  }

  @Test
  void onesOwnUnverifiedProfileIsSpanish() {
    when(profiles.profile(eq(new Username("alice")), any()))
        .thenReturn(Optional.of(profile(ALICE, "alice", 0, 0, Relation.NONE)));
    when(accounts.account(ALICE))
        .thenReturn(
            Optional.of(
                new AccountView(
                    ALICE,
                    new Username("alice"),
                    new EmailAddress("a@example.org"),
                    AboutMe.empty(),
                    false,
                    true)));

    HttpResponse<String> response = alice().speaking("es").get("/users/alice");

    assertNoEnglish(response.body(), Language.SPANISH);
    Document html = Browser.html(response);
    assertThat(html.select("#email-unverified").text())
        .isEqualTo("Tu dirección de correo todavía no está verificada. Verificarla");
    assertThat(html.select("a[href=/settings/profile]").eachText()).contains("Editar tu perfil");
    assertThat(html.select("a[href=/users/alice/followers]").text()).isEqualTo("0 seguidores");
  }

  @Test
  void followerListsAreSpanishAndGerman() {
    when(lists.followers(eq(BOB), any()))
        .thenReturn(
            new Page<>(
                List.of(new FollowListEntry(80, profile(ALICE, "alice", 0, 0, Relation.NONE))),
                Optional.empty(),
                Optional.empty()));

    HttpResponse<String> followers = anonymous().speaking("es").get("/users/bob/followers");
    assertNoEnglish(followers.body(), Language.SPANISH);
    Document html = Browser.html(followers);
    assertThat(html.select("h1").text()).isEqualTo("Personas que siguen a bob");
    assertThat(html.title()).isEqualTo("Personas que siguen a bob · Microblog");

    HttpResponse<String> following = anonymous().speaking("es").get("/users/bob/following");
    assertNoEnglish(following.body(), Language.SPANISH);
    assertThat(Browser.html(following).select(".empty").text())
        .isEqualTo("bob todavía no sigue a nadie.");

    HttpResponse<String> german = anonymous().speaking("de").get("/users/bob/followers");
    assertNoEnglish(german.body(), Language.GERMAN);
    assertThat(Browser.html(german).select("h1").text()).isEqualTo("Personen, die bob folgen");
    assertThat(
            Browser.html(anonymous().speaking("de").get("/users/bob/following"))
                .select("h1")
                .text())
        .isEqualTo("Personen, denen bob folgt");
  }

  @Test
  void aRefusedFollowComesBackAsASpanishProfile() {
    doThrow(DomainException.invalid("follow.self", "You cannot follow yourself."))
        .when(followUser)
        .follow(any());

    HttpResponse<String> response =
        alice().speaking("es").visit("/users/bob").post("/users/bob/follow", Map.of());

    assertThat(response.statusCode()).isEqualTo(422);
    Document html = Browser.html(response);
    assertThat(html.select("a[href=/users/bob/followers]").text()).isEqualTo("1 seguidor");
    assertThat(html.select("#block-button").text()).isEqualTo("Bloquear");
  }
}
