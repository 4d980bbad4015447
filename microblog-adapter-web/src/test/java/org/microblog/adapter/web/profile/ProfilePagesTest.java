package org.microblog.adapter.web.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.in.user.UnfollowUserUseCase;
import org.microblog.application.port.in.user.UpdateProfileCommand;
import org.microblog.application.port.in.user.UpdateProfileUseCase;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Username;

@MicronautTest
class ProfilePagesTest extends WebTestSupport {
  @Inject ProfileQuery profiles;
  @Inject FollowUserUseCase followUser;
  @Inject UnfollowUserUseCase unfollowUser;
  @Inject UpdateProfileUseCase updateProfile;
  @Inject AccountQuery accounts;

  @BeforeEach
  void bobExists() {
    reset(profiles, followUser, unfollowUser, updateProfile, accounts);
    when(profiles.profile(any(), any())).thenReturn(Optional.empty());
    when(profiles.profile(eq(new Username("bob")), any())).thenReturn(Optional.of(bob(false)));
  }

  private static ProfileView bob(boolean followedByViewer) {
    return new ProfileView(
        BOB,
        new Username("bob"),
        new AboutMe("<b>bold</b> claims"),
        Instant.parse("2026-01-02T03:04:05Z"),
        Instant.parse("2026-11-28T10:00:00Z"),
        7,
        3,
        12,
        Optional.of(Instant.parse("2026-11-27T10:00:00Z")),
        followedByViewer,
        Relation.NONE);
  }

  @Test
  void aProfileShowsItsFactsEscapedAndAFollowButtonToOthers() {
    HttpResponse<String> response = alice().get("/users/bob");

    assertThat(response.statusCode()).isEqualTo(200);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("bob");
    assertThat(html.select(".about").text()).isEqualTo("<b>bold</b> claims");
    assertThat(response.body()).doesNotContain("<b>bold</b>");
    assertThat(html.select("#followers").text()).isEqualTo("7");
    assertThat(html.select("#following").text()).isEqualTo("3");
    assertThat(html.text()).contains("Member since 2 Jan 2026");
    assertThat(html.select("time").first().attr("title")).isEqualTo("2 Jan 2026, 03:04 UTC");
    assertThat(html.select("#posts").text()).isEqualTo("12");
    assertThat(html.select(".meta").text()).contains("3 following, 12 posts");
    assertThat(html.select("form[action=/users/bob/follow]")).hasSize(1);
    verify(timelines).postsBy(eq(BOB), any());
  }

  @Test
  void anonymousReadersSeeNoFollowButton() {
    HttpResponse<String> response = anonymous().get("/users/bob");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Browser.html(response).select("main form")).isEmpty();
  }

  @Test
  void unknownAndMalformedUsersGetThe404Page() {
    assertThat(anonymous().get("/users/nobody").statusCode()).isEqualTo(404);
    HttpResponse<String> malformed = anonymous().get("/users/%3Cscript%3E");
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(malformed.body()).doesNotContain("<script>");
  }

  @Test
  void followingRedirectsBackToTheProfile() {
    HttpResponse<String> response = alice().post("/users/bob/follow", Map.of());

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/users/bob");
    verify(followUser).follow(new FollowCommand(ALICE, new Username("bob")));
  }

  @Test
  void unfollowing() {
    HttpResponse<String> response = alice().post("/users/bob/unfollow", Map.of());

    assertThat(response.statusCode()).isEqualTo(303);
    verify(unfollowUser).unfollow(new FollowCommand(ALICE, new Username("bob")));
  }

  @Test
  void followingOneselfIsRefusedWithAMessage() {
    when(profiles.profile(eq(new Username("alice")), any()))
        .thenReturn(
            Optional.of(
                new ProfileView(
                    ALICE,
                    new Username("alice"),
                    AboutMe.empty(),
                    Instant.EPOCH,
                    Instant.EPOCH,
                    0,
                    0,
                    false)));
    doThrow(DomainException.invalid("follow.self", "You cannot follow yourself."))
        .when(followUser)
        .follow(any());

    HttpResponse<String> response = alice().post("/users/alice/follow", Map.of());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text())
        .isEqualTo("You cannot follow yourself.");
  }

  @Test
  void followingAnUnknownUserIs404() {
    doThrow(DomainException.notFound("user.unknown", "User ghost does not exist."))
        .when(followUser)
        .follow(any());

    assertThat(alice().post("/users/ghost/follow", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void aFollowForbiddenAcrossABlockIsThe403PageNotAProfileMessage() {
    doThrow(DomainException.forbidden("follow.blocked", "You cannot follow this person."))
        .when(followUser)
        .follow(any());

    HttpResponse<String> response = alice().post("/users/bob/follow", Map.of());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Browser.html(response).select(".profile")).isEmpty();
    assertThat(Browser.html(response).text()).contains("You cannot follow this person.");
  }

  @Test
  void settingsShowTheCurrentValuesAndSaveChanges() {
    when(accounts.account(ALICE))
        .thenReturn(
            Optional.of(
                new AccountView(
                    ALICE,
                    new Username("alice"),
                    new EmailAddress("a@example.org"),
                    new AboutMe("hello"),
                    true,
                    true)));
    Browser browser = alice();

    Document form = Browser.html(browser.get("/settings/profile"));
    assertThat(form.select("input[name=username]").val()).isEqualTo("alice");
    assertThat(form.select("textarea[name=about]").text()).isEqualTo("hello");
    assertThat(form.select("input[name=postsFindable]").hasAttr("checked")).isTrue();

    HttpResponse<String> saved =
        browser.post("/settings/profile", Map.of("username", "alice2", "about", "new me"));

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(Browser.location(saved)).isEqualTo("/users/alice2");
    verify(updateProfile)
        .update(
            new UpdateProfileCommand(ALICE, new Username("alice2"), new AboutMe("new me"), false));
    assertThat(Browser.html(browser.get("/explore")).select("#current-user").text())
        .isEqualTo("alice2");
  }

  @Test
  void theSearchOptOutIsACheckboxKeptThroughTheForm() {
    when(accounts.account(ALICE))
        .thenReturn(
            Optional.of(
                new AccountView(
                    ALICE,
                    new Username("alice"),
                    new EmailAddress("a@example.org"),
                    AboutMe.empty(),
                    true,
                    false)));
    Browser browser = alice();

    Document form = Browser.html(browser.get("/settings/profile"));
    assertThat(form.select("input[name=postsFindable]").hasAttr("checked")).isFalse();
    browser.post(
        "/settings/profile", Map.of("username", "alice", "about", "", "postsFindable", "on"));

    verify(updateProfile)
        .update(new UpdateProfileCommand(ALICE, new Username("alice"), AboutMe.empty(), true));
    HttpResponse<String> refused =
        browser.post(
            "/settings/profile", Map.of("username", "x", "about", "", "postsFindable", "on"));
    assertThat(Browser.html(refused).select("input[name=postsFindable]").hasAttr("checked"))
        .as("a refused form keeps the box as it was sent")
        .isTrue();
  }

  @Test
  void settingsRefuseBadInputWith422() {
    HttpResponse<String> response =
        alice().post("/settings/profile", Map.of("username", "x", "about", "a".repeat(281)));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").eachText())
        .containsExactly(
            "Username must be between 3 and 30 characters.",
            "About me must be at most 280 characters.");
    verify(updateProfile, never()).update(any());
  }

  @Test
  void aTakenUsernameIsRefused() {
    doThrow(DomainException.conflict("username.taken", "That username is taken."))
        .when(updateProfile)
        .update(any());

    HttpResponse<String> response =
        alice().post("/settings/profile", Map.of("username", "bob", "about", ""));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text()).isEqualTo("That username is taken.");
  }
}
