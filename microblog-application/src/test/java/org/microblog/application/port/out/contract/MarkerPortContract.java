package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/**
 * {@code MarkerPort}: one marker per person and timeline, a version that counts the saves, only the
 * asked timelines read back, and markers gone with the account.
 */
public abstract class MarkerPortContract extends PortContract {
  private static final Set<MarkerTimeline> BOTH = EnumSet.allOf(MarkerTimeline.class);

  @Test
  void savingCountsTheVersionFromOneAndKeepsTheLatestPosition() {
    User alice = register("alice", "alice@example.org");

    Marker first = store.markers().save(alice.id(), MarkerTimeline.HOME, 7, T0);
    Marker second = store.markers().save(alice.id(), MarkerTimeline.HOME, 5, T0.plusSeconds(3));

    assertThat(first).isEqualTo(new Marker(MarkerTimeline.HOME, 7, 1, T0));
    assertThat(second).isEqualTo(new Marker(MarkerTimeline.HOME, 5, 2, T0.plusSeconds(3)));
    assertThat(store.markers().markers(alice.id(), BOTH)).containsExactly(second);
  }

  @Test
  void readsOnlyTheAskedTimelinesOfThePerson() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    store.markers().save(alice.id(), MarkerTimeline.HOME, 10, T0);
    store.markers().save(alice.id(), MarkerTimeline.NOTIFICATIONS, 20, T0);
    store.markers().save(bob.id(), MarkerTimeline.NOTIFICATIONS, 30, T0);

    assertThat(store.markers().markers(alice.id(), BOTH))
        .extracting(Marker::timeline, Marker::lastReadId, Marker::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MarkerTimeline.HOME, 10L, 1L),
            org.assertj.core.groups.Tuple.tuple(MarkerTimeline.NOTIFICATIONS, 20L, 1L));
    assertThat(store.markers().markers(alice.id(), Set.of(MarkerTimeline.NOTIFICATIONS)))
        .extracting(Marker::lastReadId)
        .containsExactly(20L);
    assertThat(store.markers().markers(bob.id(), Set.of(MarkerTimeline.HOME))).isEmpty();
  }

  @Test
  void markersGoWithTheAccountAndAnUnknownPersonHasNone() {
    User alice = register("alice", "alice@example.org");
    store.markers().save(alice.id(), MarkerTimeline.HOME, 10, T0);

    store.saveUsers().delete(alice.id());

    assertThat(store.markers().markers(alice.id(), BOTH)).isEmpty();
    assertThatThrownBy(() -> store.markers().save(alice.id(), MarkerTimeline.HOME, 11, T0))
        .isInstanceOfSatisfying(
            DomainException.class,
            refused -> assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    assertThat(store.markers().markers(new UserId(999_999), BOTH)).isEmpty();
  }
}
