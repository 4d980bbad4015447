package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.BlockedPage;
import org.microblog.application.port.in.marker.SaveMarkersCommand;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.PostId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * The client API's use cases for one's own things, on the in-memory kit: filtered notification
 * pages that mark nothing read, one notification, dismissing and clearing; markers; the blocked and
 * muted page by page.
 */
class ClientApiPeopleServicesTest {
  private static final Set<NotificationKind> EVERY = EnumSet.allOf(NotificationKind.class);
  private final Fixtures fx = new Fixtures();
  private final Microblog blog = fx.blog.useCases();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");
  private final UserId carol = fx.register("carol");

  @Test
  void pagesHoldOnlyTheAskedKindsAndReadingMarksNothingRead() {
    PostId post = new PostId(fx.post(alice, "likeable"));
    follow(bob, "alice");
    like(bob, post);
    follow(carol, "alice");
    like(carol, post);

    NotificationPage likes =
        blog.notifications().page(alice, Set.of(NotificationKind.LIKED), Long.MAX_VALUE, 1);
    assertThat(likes.items()).extracting(n -> n.actor().value()).containsExactly("carol");
    assertThat(likes.older()).isPresent();
    NotificationPage older =
        blog.notifications()
            .page(alice, Set.of(NotificationKind.LIKED), likes.older().getAsLong(), 1);
    assertThat(older.items()).extracting(n -> n.actor().value()).containsExactly("bob");
    assertThat(older.older()).isEmpty();
    assertThat(blog.notifications().page(alice, Set.of(), Long.MAX_VALUE, 5).items()).isEmpty();
    assertThat(blog.notifications().page(alice, EVERY, Long.MAX_VALUE, 1_000).items()).hasSize(4);
    assertThat(fx.blog.persistence().notifications().unreadCount(alice)).isEqualTo(4);
  }

  @Test
  void oneNotificationIsOnlyTheRecipientsOwn() {
    follow(bob, "alice");
    long id = newest(alice).id();

    assertThat(blog.notifications().notification(alice, id))
        .get()
        .extracting(NotificationView::kind)
        .isEqualTo(NotificationKind.FOLLOWED);
    assertThat(blog.notifications().notification(bob, id)).isEmpty();
  }

  @Test
  void dismissingRemovesOnesOwnAndRefusesAnothersAsNotFound() {
    follow(bob, "alice");
    follow(carol, "alice");
    long id = newest(alice).id();

    assertThatThrownBy(() -> blog.dismissNotification().dismiss(bob, id))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    blog.dismissNotification().dismiss(alice, id);

    assertThat(blog.notifications().page(alice, EVERY, Long.MAX_VALUE, 10).items())
        .extracting(n -> n.actor().value())
        .containsExactly("bob");
    assertThat(fx.blog.persistence().notifications().unreadCount(alice)).isEqualTo(1);
  }

  @Test
  void clearingRemovesEverythingOfTheReaderOnly() {
    follow(bob, "alice");
    follow(alice, "bob");

    blog.clearNotifications().clear(alice);

    assertThat(blog.notifications().page(alice, EVERY, Long.MAX_VALUE, 10).items()).isEmpty();
    assertThat(fx.blog.persistence().notifications().unreadCount(alice)).isZero();
    assertThat(blog.notifications().page(bob, EVERY, Long.MAX_VALUE, 10).items()).hasSize(1);
  }

  @Test
  void markersAreSavedAtTheClocksTimeWithAGrowingVersion() {
    blog.saveMarkers().save(new SaveMarkersCommand(alice, Map.of(MarkerTimeline.HOME, 5L)));
    fx.clock.advance(Duration.ofMinutes(2));

    List<Marker> saved =
        blog.saveMarkers()
            .save(
                new SaveMarkersCommand(
                    alice, Map.of(MarkerTimeline.NOTIFICATIONS, 3L, MarkerTimeline.HOME, 9L)));

    Marker home = new Marker(MarkerTimeline.HOME, 9, 2, Fixtures.START.plus(Duration.ofMinutes(2)));
    assertThat(saved)
        .containsExactly(home, new Marker(MarkerTimeline.NOTIFICATIONS, 3, 1, home.updatedAt()));
    assertThat(blog.markers().markers(alice, Set.of(MarkerTimeline.HOME))).containsExactly(home);
    assertThat(blog.markers().markers(alice, Set.of())).isEmpty();
    assertThat(blog.markers().markers(bob, EnumSet.allOf(MarkerTimeline.class))).isEmpty();
  }

  @Test
  void aMarkerMustNameAnId() {
    assertThatThrownBy(() -> new SaveMarkersCommand(alice, Map.of(MarkerTimeline.HOME, 0L)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("marker.last-read-id"));
  }

  @Test
  void theBlockedAndTheMutedComePageByPage() {
    UserId dave = fx.register("dave");
    blog.blockUser().block(new BlockCommand(alice, new Username("bob")));
    blog.blockUser().block(new BlockCommand(alice, new Username("dave")));
    blog.muteUser().mute(new BlockCommand(alice, new Username("carol")));

    BlockedPage first = blog.blockedAccounts().blocked(alice, Long.MAX_VALUE, 1);
    assertThat(first.people()).containsExactly(dave);
    BlockedPage second = blog.blockedAccounts().blocked(alice, first.older().getAsLong(), 1);
    assertThat(second.people()).containsExactly(bob);
    assertThat(second.older()).isEmpty();
    assertThat(blog.blockedAccounts().muted(alice, Long.MAX_VALUE, 500).people())
        .containsExactly(carol);
    assertThat(blog.blockedAccounts().muted(bob, Long.MAX_VALUE, 5).people()).isEmpty();
  }

  private void follow(UserId follower, String target) {
    blog.followUser().follow(new FollowCommand(follower, new Username(target)));
  }

  private void like(UserId reader, PostId post) {
    blog.likePost().like(new LikePostCommand(reader, post));
  }

  private NotificationView newest(UserId reader) {
    return blog.notifications().page(reader, EVERY, Long.MAX_VALUE, 1).items().get(0);
  }
}
