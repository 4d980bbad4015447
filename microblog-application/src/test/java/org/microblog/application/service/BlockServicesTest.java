package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.BlockList;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.message.SendMessageCommand;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

class BlockServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");
  private final UserId carol = fx.register("carol");

  private void block(UserId actor, String target) {
    fx.blog.useCases().blockUser().block(new BlockCommand(actor, new Username(target)));
  }

  private void mute(UserId actor, String target) {
    fx.blog.useCases().muteUser().mute(new BlockCommand(actor, new Username(target)));
  }

  private void follow(UserId follower, String target) {
    fx.blog.useCases().followUser().follow(new FollowCommand(follower, new Username(target)));
  }

  private ProfileView profile(String name) {
    return fx.blog
        .useCases()
        .profiles()
        .profile(new Username(name), Optional.empty())
        .orElseThrow();
  }

  @Test
  void blockingEndsTheFollowsBothWaysAndTheirCounts() {
    follow(alice, "bob");
    follow(bob, "alice");

    block(alice, "BOB");

    assertThat(profile("bob").followers()).isZero();
    assertThat(profile("bob").following()).isZero();
    assertThat(profile("alice").followers()).isZero();
    assertThat(profile("alice").following()).isZero();
  }

  @Test
  void theRelationShowsWhoBlocksAndMutesWhom() {
    block(alice, "bob");
    mute(alice, "carol");

    assertThat(fx.blog.useCases().blocks().relation(alice, bob))
        .isEqualTo(new Relation(true, false, false));
    assertThat(fx.blog.useCases().blocks().relation(bob, alice))
        .isEqualTo(new Relation(false, true, false));
    assertThat(fx.blog.useCases().blocks().relation(alice, carol))
        .isEqualTo(new Relation(false, false, true));
    assertThat(fx.blog.useCases().blocks().relation(alice, alice)).isEqualTo(Relation.NONE);
    assertThat(fx.blog.useCases().blocks().blockList(alice))
        .isEqualTo(new BlockList(List.of(new Username("bob")), List.of(new Username("carol"))));
  }

  @Test
  void unblockingAndUnmutingUndoThemButOnlyOnesOwn() {
    block(alice, "bob");
    block(bob, "alice");
    mute(alice, "carol");

    fx.blog.useCases().unblockUser().unblock(new BlockCommand(alice, new Username("bob")));
    fx.blog.useCases().unmuteUser().unmute(new BlockCommand(alice, new Username("carol")));

    assertThat(fx.blog.useCases().blocks().relation(alice, bob))
        .isEqualTo(new Relation(false, true, false));
    assertThat(fx.blog.useCases().blocks().relation(alice, carol)).isEqualTo(Relation.NONE);
  }

  @Test
  void nobodyBlocksOrMutesThemselvesOrAnUnknownAccount() {
    assertRefused(() -> block(alice, "Alice"), "block.self");
    assertRefused(() -> mute(alice, "alice"), "mute.self");
    assertRefused(() -> block(alice, "nobody"), "user.unknown");
    assertRefused(() -> mute(alice, "nobody"), "user.unknown");
  }

  @Test
  void acrossABlockNeitherCanFollowReplyLikeBoostOrMessageTheOther() {
    long bobsPost = fx.post(bob, "bob writes");
    long alicesPost = fx.post(alice, "alice writes");
    block(alice, "bob");

    assertRefused(() -> follow(alice, "bob"), "follow.blocked");
    assertRefused(() -> follow(bob, "alice"), "follow.blocked");
    assertRefused(() -> reply(alice, bobsPost), "inReplyTo.blocked");
    assertRefused(() -> reply(bob, alicesPost), "inReplyTo.blocked");
    assertRefused(
        () -> fx.blog.useCases().likePost().like(new LikePostCommand(bob, new PostId(alicesPost))),
        "like.blocked");
    assertRefused(
        () ->
            fx.blog.useCases().boostPost().boost(new BoostPostCommand(alice, new PostId(bobsPost))),
        "boost.blocked");
    assertRefused(() -> message(bob, "alice"), "body.blocked");
    assertRefused(() -> message(alice, "bob"), "body.blocked");
  }

  @Test
  void aMutedPersonMayStillReachTheMuter() {
    long alicesPost = fx.post(alice, "alice writes");
    mute(alice, "bob");

    follow(bob, "alice");
    fx.blog.useCases().likePost().like(new LikePostCommand(bob, new PostId(alicesPost)));
    message(bob, "alice");

    assertThat(profile("alice").followers()).isEqualTo(1);
  }

  @Test
  void aMentionAcrossABlockIsWrittenButTellsNobody() {
    block(bob, "alice");

    fx.post(alice, "hello @bob and @carol");

    assertThat(notificationsOf(bob)).isEmpty();
    assertThat(notificationsOf(carol)).hasSize(1);
    assertThat(explore(Optional.empty())).extracting(p -> p.text().value()).hasSize(1);
  }

  @Test
  void timelinesTagsAndThreadsHideBlockedPeopleBothWaysAndMutedPeopleFromTheMuter() {
    follow(alice, "bob");
    follow(alice, "carol");
    long bobsPost = fx.post(bob, "bob on #coffee");
    fx.post(carol, "carol on #coffee");
    fx.blog.useCases().boostPost().boost(new BoostPostCommand(carol, new PostId(bobsPost)));
    mute(alice, "carol");
    block(bob, "alice");

    assertThat(home(alice)).isEmpty();
    assertThat(explore(Optional.of(alice))).isEmpty();
    assertThat(explore(Optional.of(bob)))
        .extracting(p -> p.text().value())
        .containsExactly("carol on #coffee", "bob on #coffee");
    assertThat(explore(Optional.of(carol))).hasSize(2);
    assertThat(explore(Optional.empty())).hasSize(2);
    assertThat(
            fx.blog
                .useCases()
                .timelines()
                .tagged(
                    new org.microblog.domain.post.Tag("coffee"),
                    Optional.of(alice),
                    PageRequest.first())
                .items())
        .isEmpty();
    assertThat(fx.blog.useCases().threads().thread(new PostId(bobsPost), Optional.of(alice), 0))
        .isEmpty();
    assertThat(fx.blog.useCases().threads().thread(new PostId(bobsPost), Optional.empty(), 0))
        .isPresent();
  }

  @Test
  void notificationsFromMutedPeopleAreNeitherStoredNorShown() {
    long alicesPost = fx.post(alice, "alice writes");
    fx.blog.useCases().likePost().like(new LikePostCommand(carol, new PostId(alicesPost)));
    mute(alice, "carol");
    mute(alice, "bob");
    fx.blog.useCases().likePost().like(new LikePostCommand(bob, new PostId(alicesPost)));

    assertThat(notificationsOf(alice)).isEmpty();
  }

  private List<NotificationView> notificationsOf(UserId reader) {
    return fx.blog.useCases().readNotifications().read(reader, OptionalLong.empty()).items();
  }

  private List<PostView> explore(Optional<UserId> viewer) {
    return fx.blog.useCases().timelines().explore(viewer, PageRequest.first()).items();
  }

  private List<?> home(UserId reader) {
    return fx.blog.useCases().timelines().homeTimeline(reader, PageRequest.first()).items();
  }

  private void reply(UserId author, long parent) {
    fx.blog
        .useCases()
        .publishPost()
        .publish(
            new PublishPostCommand(
                author,
                new PostText("a reply"),
                Optional.empty(),
                ContentWarning.none(),
                Optional.of(new PostId(parent))));
  }

  private void message(UserId sender, String recipient) {
    fx.blog
        .useCases()
        .sendMessage()
        .send(new SendMessageCommand(sender, new Username(recipient), new MessageBody("hello")));
  }

  private static void assertRefused(Executable action, String key) {
    assertThatThrownBy(action::execute)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(key));
  }
}
