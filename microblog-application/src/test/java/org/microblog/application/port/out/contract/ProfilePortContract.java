package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** {@code LoadProfilePort}: a user with follower counts and whether the viewer follows them. */
public abstract class ProfilePortContract extends PortContract {

  @Test
  void profileCountsFollowersAndFollowingAndKnowsWhetherTheViewerFollows() {
    User alice = register("alice", "alice@example.org");
    User bob = register("Bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    User dave = register("dave", "dave@example.org");
    store.follows().follow(new Follow(alice.id(), bob.id()));
    store.follows().follow(new Follow(carol.id(), bob.id()));
    store.follows().follow(new Follow(bob.id(), alice.id()));
    store.saveUsers().updateProfile(bob.id(), bob.username(), new AboutMe("Builder"), true);
    store.lastSeen().recordLastSeen(bob.id(), T0.plusSeconds(90));

    ProfileView seenByAlice =
        store.profiles().loadProfile(new Username("BOB"), Optional.of(alice.id())).orElseThrow();

    assertThat(seenByAlice)
        .isEqualTo(
            new ProfileView(
                bob.id(),
                bob.username(),
                new AboutMe("Builder"),
                T0,
                T0.plusSeconds(90),
                2,
                1,
                true));
    assertThat(profileOf(bob, Optional.of(dave.id())).viewerFollows()).isFalse();
    assertThat(profileOf(bob, Optional.of(bob.id())).viewerFollows()).isFalse();
    assertThat(profileOf(bob, Optional.empty()).viewerFollows()).isFalse();
    assertThat(profileOf(dave, Optional.empty()))
        .extracting(ProfileView::followers, ProfileView::following)
        .containsExactly(0L, 0L);
  }

  @Test
  void profilesOfManyIdsComeAsAnyoneSeesThemAndUnknownIdsAreLeftOut() {
    User alice = register("alice", "alice@example.org");
    User bob = register("Bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    store.follows().follow(new Follow(alice.id(), bob.id()));
    store.saveUsers().updateProfile(bob.id(), bob.username(), new AboutMe("Builder"), true);

    List<ProfileView> profiles =
        store.profiles().loadProfiles(List.of(bob.id(), alice.id(), new UserId(999_999)));

    assertThat(profiles)
        .containsExactlyInAnyOrder(
            new ProfileView(bob.id(), bob.username(), new AboutMe("Builder"), T0, T0, 1, 0, false),
            new ProfileView(alice.id(), alice.username(), AboutMe.empty(), T0, T0, 0, 1, false));
    assertThat(store.profiles().loadProfiles(List.of(carol.id())))
        .extracting(ProfileView::username)
        .containsExactly(carol.username());
  }

  @Test
  void profileOfUnknownUsernameIsEmpty() {
    assertThat(store.profiles().loadProfile(new Username("nobody"), Optional.empty())).isEmpty();
  }
}
