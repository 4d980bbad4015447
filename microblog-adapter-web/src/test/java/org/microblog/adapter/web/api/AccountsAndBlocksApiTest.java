package org.microblog.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.in.block.BlockedAccountsQuery;
import org.microblog.application.port.in.block.BlockedPage;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.in.block.UnmuteUserUseCase;
import org.microblog.application.port.in.user.UpdateProfileCommand;
import org.microblog.application.port.in.user.UpdateProfileUseCase;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Username;

/**
 * The client API's update_credentials, blocks and mutes, and the empty follow requests and followed
 * tags, with bearer tokens on mocked use cases: Mastodon's shapes, a truthful Relationship, the
 * domain's rules as 422, scopes, and hostile ids.
 */
@MicronautTest
class AccountsAndBlocksApiTest extends BearerApiTestSupport {
  @Inject AccountQuery accounts;
  @Inject UpdateProfileUseCase updateProfile;
  @Inject BlockUserUseCase block;
  @Inject UnblockUserUseCase unblock;
  @Inject MuteUserUseCase mute;
  @Inject UnmuteUserUseCase unmute;
  @Inject BlockedAccountsQuery blocked;

  @BeforeEach
  void freshMocks() {
    reset(accounts, updateProfile, block, unblock, mute, unmute, blocked);
  }

  // update_credentials

  @Test
  void updateCredentialsChangesTheAboutMeFromFormMultipartOrJsonAndAnswersTheCredentialAccount() {
    when(accounts.account(ALICE))
        .thenReturn(
            Optional.of(
                new AccountView(
                    ALICE,
                    new Username("alice"),
                    new EmailAddress("alice@example.org"),
                    new AboutMe("old"),
                    true,
                    false)));
    String boundary = "----b0undary";
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nFrom multipart\r\n--"
            + boundary
            + "--\r\n";

    HttpResponse<String> form =
        send(
            "PATCH",
            "/api/v1/accounts/update_credentials",
            ALICE_ALL,
            "application/x-www-form-urlencoded",
            "note=Tea+%26+cake&display_name=Queen+Alice&locked=true");
    send(
        "PATCH",
        "/api/v1/accounts/update_credentials",
        ALICE_ALL,
        "multipart/form-data; boundary=" + boundary,
        multipart);
    send(
        "PATCH",
        "/api/v1/accounts/update_credentials",
        ALICE_ALL,
        "application/json",
        "{\"note\": \"\"}");

    assertThat(form.statusCode()).isEqualTo(200);
    Map<String, Object> account = object(form);
    assertThat(account).containsKeys(ACCOUNT_FIELDS.toArray(String[]::new)).containsKey("source");
    assertThat(account.get("display_name")).as("we have none").isEqualTo("alice");
    assertThat(map(account.get("source")))
        .containsKeys("privacy", "sensitive", "language", "note", "fields", "follow_requests_count")
        .containsEntry("note", "about alice");
    for (String about : List.of("Tea & cake", "From multipart", "")) {
      verify(updateProfile)
          .update(
              new UpdateProfileCommand(ALICE, new Username("alice"), new AboutMe(about), false));
    }
  }

  @Test
  void updateCredentialsRefusesAnOverlongNoteWithTheDomainsMessageAndIgnoresOtherFields() {
    HttpResponse<String> refused =
        send(
            "PATCH",
            "/api/v1/accounts/update_credentials",
            ALICE_ALL,
            "application/x-www-form-urlencoded",
            "note=" + "x".repeat(281));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(object(refused).get("error")).isEqualTo("About me must be at most 280 characters.");

    HttpResponse<String> nameOnly =
        send(
            "PATCH",
            "/api/v1/accounts/update_credentials",
            ALICE_ALL,
            "application/json",
            "{\"display_name\": \"Alice\", \"fields_attributes\": {\"0\": {\"name\": \"x\"}}}");
    assertThat(nameOnly.statusCode()).isEqualTo(200);
    assertThat(
            send(
                    "PATCH",
                    "/api/v1/accounts/update_credentials",
                    ALICE_ALL,
                    "application/json",
                    "{not json")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            send(
                    "PATCH",
                    "/api/v1/accounts/update_credentials",
                    ALICE_READ,
                    "application/x-www-form-urlencoded",
                    "note=hi")
                .statusCode())
        .isEqualTo(403);
    verifyNoInteractions(updateProfile);
  }

  // Blocks and mutes

  @Test
  void blockingAndMutingActForTheTokensPersonAndAnswerATruthfulRelationship() {
    when(profiles.profile(new Username("bob"), Optional.of(ALICE)))
        .thenReturn(Optional.of(profile(BOB, "bob", new Relation(true, true, false))));

    for (String action : List.of("block", "unblock", "mute", "unmute")) {
      HttpResponse<String> answer =
          send("POST", "/api/v1/accounts/2/" + action, ALICE_FOLLOW, null, null);
      assertThat(answer.statusCode()).as(action).isEqualTo(200);
      Map<String, Object> relationship = object(answer);
      assertThat(relationship).containsKeys(RELATIONSHIP_FIELDS.toArray(String[]::new));
      assertThat(relationship)
          .containsEntry("id", "2")
          .containsEntry("blocking", true)
          .containsEntry("blocked_by", true)
          .containsEntry("muting", false)
          .containsEntry("following", false);
    }
    BlockCommand aliceBob = new BlockCommand(ALICE, new Username("bob"));
    verify(block).block(aliceBob);
    verify(unblock).unblock(aliceBob);
    verify(mute).mute(aliceBob);
    verify(unmute).unmute(aliceBob);
  }

  @Test
  void blockingOneselfUnknownOrHugeIdsAndMissingScopesAreRefused() {
    doThrow(DomainException.invalid("block.self", "You cannot block yourself."))
        .when(block)
        .block(new BlockCommand(ALICE, new Username("alice")));

    HttpResponse<String> self = send("POST", "/api/v1/accounts/1/block", ALICE_ALL, null, null);
    assertThat(self.statusCode()).isEqualTo(422);
    assertThat(object(self).get("error")).isEqualTo("You cannot block yourself.");
    for (String id : List.of("7", HUGE_ID, "x")) {
      assertThat(
              send("POST", "/api/v1/accounts/" + id + "/mute", ALICE_ALL, null, null).statusCode())
          .as(id)
          .isEqualTo(404);
    }
    assertThat(send("POST", "/api/v1/accounts/2/block", ALICE_STATUSES, null, null).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/v1/accounts/2/mute", ALICE_READ, null, null).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/v1/accounts/2/unmute", null, null, null).statusCode())
        .isEqualTo(401);
    verifyNoInteractions(mute, unmute);
  }

  @Test
  void theBlockedAndTheMutedArePagedAccountsWithTheLinkHeader() {
    when(blocked.blocked(ALICE, Long.MAX_VALUE, 40))
        .thenReturn(new BlockedPage(List.of(BOB), OptionalLong.of(2)));
    when(blocked.muted(any(), anyLong(), anyInt()))
        .thenReturn(new BlockedPage(List.of(), OptionalLong.empty()));

    HttpResponse<String> blocks = send("GET", "/api/v1/blocks", ALICE_READ);
    assertThat(blocks.statusCode()).isEqualTo(200);
    List<Map<String, Object>> accountsShown = array(blocks);
    assertThat(accountsShown).extracting(a -> a.get("id")).containsExactly("2");
    assertThat(accountsShown.get(0)).containsKeys(ACCOUNT_FIELDS.toArray(String[]::new));
    assertThat(blocks.headers().firstValue("Link").orElseThrow())
        .contains("/api/v1/blocks?max_id=2&limit=40>; rel=\"next\"")
        .endsWith("/api/v1/blocks?min_id=2&limit=40>; rel=\"prev\"");
    HttpResponse<String> newer = send("GET", "/api/v1/blocks?min_id=2", ALICE_READ);
    assertThat(newer.body()).as("nobody above the newest shown").isEqualTo("[]");
    assertThat(newer.headers().firstValue("Link")).isEmpty();

    HttpResponse<String> mutes = send("GET", "/api/v1/mutes?max_id=2&limit=500", BOB_ALL);
    assertThat(mutes.body()).isEqualTo("[]");
    assertThat(mutes.headers().firstValue("Link")).isEmpty();
    verify(blocked).muted(BOB, 2, 80);
    assertThat(send("GET", "/api/v1/mutes?max_id=" + HUGE_ID, ALICE_ALL).statusCode())
        .isEqualTo(400);
    assertThat(send("GET", "/api/v1/blocks", ALICE_STATUSES).statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/mutes", ALICE_FOLLOW).statusCode())
        .as("the old follow scope covers them")
        .isEqualTo(200);
  }

  // Empty lists

  @Test
  void followRequestsAndFollowedTagsAreEmptyListsForAToken() {
    for (String path : List.of("/api/v1/follow_requests", "/api/v1/followed_tags")) {
      HttpResponse<String> answer = send("GET", path, ALICE_READ);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("[]");
      assertThat(send("GET", path, null).statusCode()).as(path).isEqualTo(401);
    }
  }
}
