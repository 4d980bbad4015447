package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.account.DeleteAccountCommand;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Who is told what by the use cases, the notifications page, and the count beside it. */
class NotificationServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");

  @Test
  void followingTellsTheFollowedOnceHoweverOftenRepeated() {
    follow(bob, "alice");
    fx.blog.useCases().unfollowUser().unfollow(new FollowCommand(bob, new Username("alice")));
    follow(bob, "alice");

    assertThat(kinds(alice)).containsExactly(NotificationKind.FOLLOWED);
    assertThat(firstPage(alice).items().get(0).actor().value()).isEqualTo("bob");
    assertThat(kinds(bob)).isEmpty();
  }

  @Test
  void aPostTellsTheExistingAccountsItMentionsButNotItsAuthor() {
    UserId carol = fx.register("carol");
    PostId post = publish(bob, "hi @ALICE, @carol, @bob and @nobody_here", Optional.empty());

    assertThat(firstPage(alice).items())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NotificationKind.MENTIONED);
              assertThat(n.post()).contains(post);
              assertThat(n.occurredAt()).isEqualTo(Fixtures.START);
            });
    assertThat(kinds(carol)).containsExactly(NotificationKind.MENTIONED);
    assertThat(kinds(bob)).as("not of one's own mention").isEmpty();
  }

  @Test
  void aReplyTellsTheAnsweredAuthorOnceEvenWhenItMentionsThem() {
    PostId start = publish(alice, "a question", Optional.empty());
    PostId answer = publish(bob, "@alice here is an answer", Optional.of(start));
    publish(alice, "thanks, talking to myself", Optional.of(start));

    assertThat(firstPage(alice).items())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NotificationKind.REPLIED);
              assertThat(n.post()).contains(answer);
            });
  }

  @Test
  void likeUnlikeLikeAgainIsOneNotificationAndOwnLikesNone() {
    PostId post = publish(alice, "likeable", Optional.empty());
    like(bob, post);
    fx.blog.useCases().unlikePost().unlike(new LikePostCommand(bob, post));
    like(bob, post);
    like(alice, post);

    assertThat(kinds(alice)).containsExactly(NotificationKind.LIKED);
    assertThat(fx.blog.persistence().notifications().unreadCount(alice)).isEqualTo(1);
  }

  @Test
  void boostUnboostBoostAgainIsOneNotificationAndOwnBoostsNone() {
    PostId post = publish(alice, "boostable", Optional.empty());
    fx.clock.advance(Duration.ofMinutes(1));
    boost(bob, post);
    fx.clock.advance(Duration.ofMinutes(1));
    fx.blog.useCases().unboostPost().unboost(new BoostPostCommand(bob, post));
    boost(bob, post);
    boost(bob, post);
    boost(alice, post);

    assertThat(firstPage(alice).items())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NotificationKind.BOOSTED);
              assertThat(n.actor().value()).isEqualTo("bob");
              assertThat(n.post()).contains(post);
              assertThat(n.occurredAt()).isEqualTo(Fixtures.START.plus(Duration.ofMinutes(1)));
            });
    assertThat(kinds(bob)).as("not of one's own boost").isEmpty();
  }

  @Test
  void aBoostMakesTheAuthorsNextPageShowTheNewCount() {
    PostId post = publish(alice, "boostable", Optional.empty());
    var login = fx.logIn(alice);
    var validity = fx.blog.useCases().loginValidity();
    assertThat(validity.status(alice, login)).contains(new LoginStatus(0));

    boost(bob, post);

    assertThat(validity.knownStatus(alice, login)).as("this instance forgot").isEmpty();
    assertThat(validity.status(alice, login)).contains(new LoginStatus(1));
  }

  @Test
  void theFirstPageMarksEverythingReadAndOlderPagesFollowByKeyset() {
    List<UserId> fans = new java.util.ArrayList<>();
    for (int i = 0; i < ReadNotificationsUseCase.PER_PAGE + 5; i++) {
      fans.add(fx.register("fan" + i));
      follow(fans.get(i), "alice");
    }
    assertThat(fx.blog.persistence().notifications().unreadCount(alice)).isEqualTo(25);

    NotificationPage first = firstPage(alice);

    assertThat(first.items()).hasSize(ReadNotificationsUseCase.PER_PAGE);
    assertThat(first.items()).allMatch(NotificationView::unread);
    assertThat(first.items().get(0).actorId()).isEqualTo(fans.get(24));
    assertThat(fx.blog.persistence().notifications().unreadCount(alice)).isZero();
    NotificationPage older = fx.blog.useCases().readNotifications().read(alice, first.older());
    assertThat(older.items()).hasSize(5).noneMatch(NotificationView::unread);
    assertThat(older.items().get(4).actorId()).isEqualTo(fans.get(0));
    assertThat(older.older()).isEmpty();
    assertThat(firstPage(alice).items()).noneMatch(NotificationView::unread);
  }

  @Test
  void anOlderPageMarksNothingRead() {
    follow(bob, "alice");
    NotificationPage older =
        fx.blog.useCases().readNotifications().read(alice, OptionalLong.of(Long.MAX_VALUE));

    assertThat(older.items()).hasSize(1);
    assertThat(fx.blog.persistence().notifications().unreadCount(alice)).isEqualTo(1);
  }

  @Test
  void deletingAPostTakesItsNotificationsAlong() {
    PostId post = publish(alice, "soon gone", Optional.empty());
    PostId reply = publish(bob, "an answer", Optional.of(post));
    like(bob, post);
    boost(bob, post);
    follow(bob, "alice");

    fx.blog.useCases().deletePost().delete(new DeletePostCommand(bob, reply));
    fx.blog.useCases().deletePost().delete(new DeletePostCommand(alice, post));

    assertThat(kinds(alice)).containsExactly(NotificationKind.FOLLOWED);
    assertThat(fx.blog.persistence().notifications().unreadCount(alice)).isEqualTo(1);
  }

  @Test
  void deletingAnAccountTakesItsNotificationsAlongBothWays() {
    PostId alices = publish(alice, "alice's", Optional.empty());
    PostId bobs = publish(bob, "bob's", Optional.empty());
    follow(bob, "alice");
    follow(alice, "bob");
    boost(bob, alices);
    boost(alice, bobs);
    assertThat(kinds(alice)).containsExactly(NotificationKind.BOOSTED, NotificationKind.FOLLOWED);

    fx.blog.useCases().deleteAccount().delete(new DeleteAccountCommand(bob, fx.passwordOf("bob")));

    assertThat(kinds(alice)).isEmpty();
    assertThat(fx.blog.persistence().notifications().unreadCount(alice)).isZero();
    assertThat(fx.blog.useCases().timelines().explore(PageRequest.first()).items())
        .singleElement()
        .satisfies(shown -> assertThat(shown.boostCount()).as("bob's boost went").isZero());
  }

  @Test
  void theCountComesWithTheLoginCheckAndIsFreshAfterNewsOrReading() {
    var login = fx.logIn(alice);
    var validity = fx.blog.useCases().loginValidity();
    assertThat(validity.status(alice, login)).contains(new LoginStatus(0));

    follow(bob, "alice");
    assertThat(validity.knownStatus(alice, login)).as("this instance forgot").isEmpty();
    assertThat(validity.status(alice, login)).contains(new LoginStatus(1));
    assertThat(validity.knownStatus(alice, login)).contains(new LoginStatus(1));

    firstPage(alice);
    assertThat(validity.knownStatus(alice, login)).contains(new LoginStatus(0));
  }

  @Test
  void newsStoredByAnotherInstanceShowsOnceTheMemoryRunsOut() {
    var login = fx.logIn(alice);
    var validity = fx.blog.useCases().loginValidity();
    validity.status(alice, login);

    fx.blog
        .persistence()
        .notifications()
        .add(
            new Notification(
                alice, bob, NotificationKind.FOLLOWED, Optional.empty(), Fixtures.START));

    assertThat(validity.status(alice, login)).as("remembered").contains(new LoginStatus(0));
    fx.clock.advance(Duration.ofSeconds(2));
    assertThat(validity.status(alice, login)).contains(new LoginStatus(1));
  }

  private PostId publish(UserId author, String text, Optional<PostId> inReplyTo) {
    return fx.blog
        .useCases()
        .publishPost()
        .publish(
            new PublishPostCommand(
                author, new PostText(text), Optional.empty(), ContentWarning.none(), inReplyTo));
  }

  private void follow(UserId follower, String target) {
    fx.blog.useCases().followUser().follow(new FollowCommand(follower, new Username(target)));
  }

  private void boost(UserId booster, PostId post) {
    fx.blog.useCases().boostPost().boost(new BoostPostCommand(booster, post));
  }

  private void like(UserId reader, PostId post) {
    fx.blog.useCases().likePost().like(new LikePostCommand(reader, post));
  }

  private NotificationPage firstPage(UserId reader) {
    return fx.blog.useCases().readNotifications().read(reader, OptionalLong.empty());
  }

  /** The kinds of the reader's notifications, newest first, without marking them read. */
  private List<NotificationKind> kinds(UserId reader) {
    return fx.blog.persistence().notifications().newest(reader, Long.MAX_VALUE, 100).stream()
        .map(NotificationView::kind)
        .toList();
  }
}
