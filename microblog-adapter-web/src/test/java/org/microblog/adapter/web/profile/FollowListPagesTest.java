package org.microblog.adapter.web.profile;

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
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.FollowListQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

@MicronautTest
class FollowListPagesTest extends WebTestSupport {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
  @Inject ProfileQuery profiles;
  @Inject FollowListQuery lists;

  @BeforeEach
  void bobExists() {
    reset(profiles, lists);
    when(profiles.profile(any(), any())).thenReturn(Optional.empty());
    when(profiles.profile(eq(new Username("bob")), any()))
        .thenReturn(Optional.of(person(BOB, "bob", "")));
    when(lists.followers(any(), any()))
        .thenReturn(new Page<>(List.of(), Optional.empty(), Optional.empty()));
    when(lists.following(any(), any()))
        .thenReturn(new Page<>(List.of(), Optional.empty(), Optional.empty()));
  }

  private static ProfileView person(UserId id, String name, String about) {
    return new ProfileView(id, new Username(name), new AboutMe(about), T, T, 1, 1, false);
  }

  @Test
  void followersArePublicNewestFirstWithEscapedAboutAndPages() {
    when(lists.followers(eq(BOB), eq(PageRequest.olderThan(90))))
        .thenReturn(
            new Page<>(
                List.of(
                    new FollowListEntry(80, person(ALICE, "alice", "<i>hi</i>")),
                    new FollowListEntry(70, person(new UserId(3), "cyd", ""))),
                Optional.of(PageRequest.newerThan(80)),
                Optional.of(PageRequest.olderThan(70))));

    HttpResponse<String> response = anonymous().get("/users/bob/followers?before=90");

    assertThat(response.statusCode()).isEqualTo(200);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("People who follow bob");
    assertThat(html.select(".person .author").eachText()).containsExactly("alice", "cyd");
    assertThat(html.select(".person .author").eachAttr("href"))
        .containsExactly("/users/alice", "/users/cyd");
    assertThat(html.select(".person .about").text()).isEqualTo("<i>hi</i>");
    assertThat(response.body()).doesNotContain("<i>hi</i>");
    assertThat(html.select("a[rel=next]").attr("href")).isEqualTo("/users/bob/followers?before=70");
    assertThat(html.select("a[rel=prev]").attr("href")).isEqualTo("/users/bob/followers?after=80");
  }

  @Test
  void anEmptyFollowingListSaysSo() {
    Document html = Browser.html(alice().get("/users/bob/following"));

    assertThat(html.select("h1").text()).isEqualTo("People bob follows");
    assertThat(html.select(".empty").text()).isEqualTo("bob follows nobody yet.");
    verify(lists).following(eq(BOB), eq(PageRequest.first()));
  }

  @Test
  void anUnknownOrMalformedNameIsNotFoundAndListsNothing() {
    assertThat(anonymous().get("/users/nobody/followers").statusCode()).isEqualTo(404);
    assertThat(anonymous().get("/users/no%20body/following").statusCode()).isEqualTo(404);
    verify(lists, never()).followers(any(), any());
    verify(lists, never()).following(any(), any());
  }

  @Test
  void aMalformedCursorIsABadRequest() {
    assertThat(anonymous().get("/users/bob/followers?before=x").statusCode()).isEqualTo(400);
  }
}
