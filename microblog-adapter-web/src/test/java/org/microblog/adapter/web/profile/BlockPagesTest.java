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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.BlockList;
import org.microblog.application.port.in.block.BlockQuery;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.in.block.UnmuteUserUseCase;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Interaction;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.Username;

@MicronautTest
class BlockPagesTest extends WebTestSupport {
  @Inject ProfileQuery profiles;
  @Inject BlockQuery blocks;
  @Inject BlockUserUseCase blockUser;
  @Inject UnblockUserUseCase unblockUser;
  @Inject MuteUserUseCase muteUser;
  @Inject UnmuteUserUseCase unmuteUser;
  @Inject FollowUserUseCase followUser;

  private final BlockCommand aliceOnBob = new BlockCommand(ALICE, new Username("bob"));

  private static ProfileView bob(Relation relation) {
    return new ProfileView(
        BOB,
        new Username("bob"),
        AboutMe.empty(),
        Instant.EPOCH,
        Instant.EPOCH,
        1,
        1,
        false,
        relation);
  }

  @BeforeEach
  void bobExists() {
    reset(profiles, blocks, blockUser, unblockUser, muteUser, unmuteUser, followUser);
    when(profiles.profile(any(), any())).thenReturn(Optional.empty());
    when(profiles.profile(eq(new Username("bob")), any()))
        .thenReturn(Optional.of(bob(Relation.NONE)));
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
  }

  @Test
  void aStrangersProfileOffersBlockAndMute() {
    Document html = Browser.html(alice().get("/users/bob"));

    assertThat(html.select("form[action=/users/bob/block] button").text()).isEqualTo("Block");
    assertThat(html.select("form[action=/users/bob/mute] button").text()).isEqualTo("Mute");
    assertThat(html.select("form[action=/users/bob/follow]")).hasSize(1);
    assertThat(html.select("form[action=/users/bob/block] input[name=csrfToken]")).hasSize(1);
    verify(profiles).profile(new Username("bob"), Optional.of(ALICE));
  }

  @Test
  void theButtonsShowTheCurrentStateAndABlockedPersonCannotBeFollowed() {
    when(profiles.profile(eq(new Username("bob")), any()))
        .thenReturn(Optional.of(bob(new Relation(true, false, true))));

    Document html = Browser.html(alice().get("/users/bob"));

    assertThat(html.select("form[action=/users/bob/unblock] button").text()).isEqualTo("Unblock");
    assertThat(html.select("form[action=/users/bob/unmute] button").text()).isEqualTo("Unmute");
    assertThat(html.select("form[action=/users/bob/follow]")).isEmpty();
    assertThat(html.select("#message-button")).isEmpty();
  }

  @Test
  void anonymousReadersAndOneselfSeeNoBlockButtons() {
    assertThat(Browser.html(anonymous().get("/users/bob")).select("#block-button")).isEmpty();
    assertThat(Browser.html(alice().get("/users/alice")).select("#block-button")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"block", "unblock", "mute", "unmute"})
  void eachActionGoesBackToTheProfileWithANotice(String action) {
    HttpResponse<String> response = alice().post("/users/bob/" + action, Map.of());

    assertThat(response.statusCode()).isEqualTo(303);
    String notice = action.endsWith("e") ? action + "d" : action + "ed";
    assertThat(Browser.location(response)).isEqualTo("/users/bob?done=" + notice);
    switch (action) {
      case "block" -> verify(blockUser).block(aliceOnBob);
      case "unblock" -> verify(unblockUser).unblock(aliceOnBob);
      case "mute" -> verify(muteUser).mute(aliceOnBob);
      default -> verify(unmuteUser).unmute(aliceOnBob);
    }
  }

  @Test
  void theNoticeIsShownOnTheProfile() {
    Document html = Browser.html(alice().get("/users/bob?done=blocked"));

    assertThat(html.select(".notice[role=status]").text())
        .isEqualTo("You have blocked this account. Neither of you can reach the other.");
  }

  @Test
  void theSettingsListGoesBackToItselfButNeverOffSite() {
    HttpResponse<String> back =
        alice().post("/users/bob/unmute", Map.of("next", "/settings/blocks"));
    HttpResponse<String> offSite =
        alice().post("/users/bob/unmute", Map.of("next", "https://evil.example/"));

    assertThat(Browser.location(back)).isEqualTo("/settings/blocks?done=unmuted");
    assertThat(Browser.location(offSite)).isEqualTo("/users/bob?done=unmuted");
  }

  @Test
  void blockingOneselfIsRefusedWithTheDomainsMessage() {
    doThrow(DomainException.invalid("block.self", "You cannot block yourself."))
        .when(blockUser)
        .block(any());

    HttpResponse<String> response = alice().post("/users/alice/block", Map.of());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text())
        .isEqualTo("You cannot block yourself.");
  }

  @Test
  void blockingAnUnknownUserIs404() {
    doThrow(DomainException.notFound("user.unknown", "User ghost does not exist."))
        .when(muteUser)
        .mute(any());

    assertThat(alice().post("/users/ghost/mute", Map.of()).statusCode()).isEqualTo(404);
    assertThat(alice().post("/users/%3Cb%3E/block", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void followingAcrossABlockIs403WithTheDomainsMessage() {
    doThrow(Block.refuse(Interaction.FOLLOW)).when(followUser).follow(any());

    HttpResponse<String> response = alice().post("/users/bob/follow", Map.of());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("You cannot follow this account.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"block", "unblock", "mute", "unmute"})
  void anonymousVisitorsAreSentToLogInAndForgedFormsAndGetsChangeNothing(String action) {
    HttpResponse<String> anonymousPost = anonymous().post("/users/bob/" + action, Map.of());
    assertThat(anonymousPost.statusCode()).isIn(303, 401, 403);
    if (anonymousPost.statusCode() == 303) {
      assertThat(Browser.location(anonymousPost)).startsWith("/login");
    }
    HttpResponse<String> forged =
        alice().postRaw("/users/bob/" + action, Map.of("csrfToken", "A".repeat(43)));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(alice().get("/users/bob/" + action).statusCode()).isIn(404, 405);
    verify(blockUser, never()).block(any());
    verify(unblockUser, never()).unblock(any());
    verify(muteUser, never()).mute(any());
    verify(unmuteUser, never()).unmute(any());
  }

  @Test
  void theSettingsPageListsWhomOneBlocksAndMutesWithUndoButtons() {
    when(blocks.blockList(ALICE))
        .thenReturn(
            new BlockList(
                List.of(new Username("bob"), new Username("carol")),
                List.of(new Username("dave"))));

    HttpResponse<String> response = alice().get("/settings/blocks");

    assertThat(response.statusCode()).isEqualTo(200);
    Document html = Browser.html(response);
    assertThat(html.select("#blocked li a").eachText()).containsExactly("bob", "carol");
    assertThat(html.select("#blocked form[action=/users/carol/unblock]")).hasSize(1);
    assertThat(html.select("#muted form[action=/users/dave/unmute] input[name=next]").val())
        .isEqualTo("/settings/blocks");
    assertThat(html.select("#muted form input[name=csrfToken]")).hasSize(1);
  }

  @Test
  void theSettingsPageSaysSoWhenNobodyIsBlockedAndNeedsALogin() {
    when(blocks.blockList(ALICE)).thenReturn(new BlockList(List.of(), List.of()));

    assertThat(Browser.html(alice().get("/settings/blocks")).select("#blocked").text())
        .isEqualTo("You block nobody.");
    HttpResponse<String> anonymousGet = anonymous().get("/settings/blocks");
    assertThat(anonymousGet.statusCode()).isIn(303, 401);
  }
}
