package org.microblog.domain.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

class BlockAndMuteTest {

  private final UserId alice = new UserId(1);
  private final UserId bob = new UserId(2);
  private final UserId carol = new UserId(3);

  @Test
  void nobodyBlocksThemselves() {
    assertThatThrownBy(() -> new Block(alice, alice))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("block.self");
              assertThat(e.getMessage()).isEqualTo("You cannot block yourself.");
            });
  }

  @Test
  void aBlockStandsBetweenBothPeopleWhoeverBlocked() {
    Block block = new Block(alice, bob);

    assertThat(block.between(alice, bob)).isTrue();
    assertThat(block.between(bob, alice)).isTrue();
    assertThat(block.between(alice, carol)).isFalse();
    assertThat(block.between(carol, bob)).isFalse();
  }

  @Test
  void aBlockEndsFollowsInBothDirections() {
    assertThat(new Block(alice, bob).severedFollows())
        .containsExactlyInAnyOrder(new Follow(alice, bob), new Follow(bob, alice));
  }

  @ParameterizedTest
  @EnumSource(Interaction.class)
  void reachingAcrossABlockIsForbiddenOnTheActionsField(Interaction interaction) {
    DomainException refusal = Block.refuse(interaction);

    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    assertThat(refusal.key()).isEqualTo(interaction.field() + ".blocked");
    assertThat(refusal.getMessage()).startsWith("You cannot");
  }

  @Test
  void aBlockedReplyIsReportedOnTheReplyField() {
    assertThat(Block.refuse(Interaction.REPLY).field()).isEqualTo("inReplyTo");
  }

  @Test
  void aBlockedMessageIsRefusedOnTheMessageBody() {
    DomainException refusal = Block.refuse(Interaction.MESSAGE);

    assertThat(refusal.key()).isEqualTo("body.blocked");
    assertThat(refusal.getMessage()).isEqualTo("You cannot send messages to this account.");
  }

  @Test
  void nobodyMutesThemselves() {
    assertThatThrownBy(() -> new Mute(bob, bob))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("mute.self"));
  }

  @Test
  void aMuteHidesTheMutedFromTheMuterOnly() {
    Mute mute = new Mute(alice, bob);

    assertThat(mute.hides(bob, alice)).isTrue();
    assertThat(mute.hides(alice, bob))
        .as("silent: the muted person still sees the muter")
        .isFalse();
    assertThat(mute.hides(bob, carol)).isFalse();
  }
}
