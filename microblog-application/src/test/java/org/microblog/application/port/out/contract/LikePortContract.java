package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.MentionedAccount;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.block.Block;
import org.microblog.domain.post.Like;
import org.microblog.domain.post.Post;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * {@code LikePort}, and {@code ExistingAccountsPort} for mentions: idempotent likes whose stored
 * counts lists show, liked posts found in one read, mentioned names that have accounts.
 */
public abstract class LikePortContract extends PortContract {

  @Test
  void likingTwiceCountsOnceAndUnlikingTakesItBack() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "likeable");

    store.likes().like(new Like(bob.id(), post.id()));
    store.likes().like(new Like(bob.id(), post.id()));
    store.likes().like(new Like(alice.id(), post.id()));
    assertThat(likeCount()).isEqualTo(2);

    store.likes().unlike(new Like(bob.id(), post.id()));
    store.likes().unlike(new Like(bob.id(), post.id()));
    assertThat(likeCount()).isEqualTo(1);
    assertThat(store.interactions().interactions(bob.id(), List.of(post.id())).liked()).isEmpty();
    assertThat(store.interactions().interactions(alice.id(), List.of(post.id())).liked())
        .containsExactly(post.id());
  }

  @Test
  void aGoneAccountsLikesLeaveTheCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "likeable");
    store.likes().like(new Like(bob.id(), post.id()));

    store.saveUsers().delete(bob.id());

    assertThat(likeCount()).isZero();
  }

  @Test
  void tellsWhichMentionedNamesHaveAccountsIgnoringCase() {
    register("alice", "alice@example.org");
    User bob = register("Bob", "bob@example.org");

    assertThat(
            store
                .existingAccounts()
                .existing(
                    List.of(new Username("ALICE"), new Username("bob"), new Username("carol")),
                    List.of()))
        .containsOnlyKeys("alice", "bob");
    assertThat(
            store.existingAccounts().existing(List.of(new Username("BOB")), List.of()).get("bob"))
        .as("the account as it spells its name")
        .isEqualTo(new MentionedAccount(bob.id(), bob.username(), Set.of()));
    assertThat(store.existingAccounts().existing(List.of(), List.of())).isEmpty();
  }

  @Test
  void tellsWhichOfTheAuthorsEachMentionedAccountHasABlockWithEitherWay() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    User dave = register("dave", "dave@example.org");
    store.blocks().block(new Block(alice.id(), bob.id()));
    store.blocks().block(new Block(carol.id(), alice.id()));
    store.blocks().block(new Block(dave.id(), bob.id()));

    assertThat(
            blocksOf(
                store
                    .existingAccounts()
                    .existing(
                        List.of(new Username("Bob"), new Username("carol"), new Username("dave")),
                        List.of(alice.id(), carol.id()))))
        .isEqualTo(
            Map.of(
                "bob", Set.of(alice.id()),
                "carol", Set.of(alice.id()),
                "dave", Set.of()));
    assertThat(
            blocksOf(
                store
                    .existingAccounts()
                    .existing(List.of(new Username("alice")), List.of(bob.id(), carol.id()))))
        .isEqualTo(Map.of("alice", Set.of(bob.id(), carol.id())));
  }

  @Test
  void findsTheAccountsMentionedNamesBelongToEachOnce() {
    User alice = register("alice", "alice@example.org");
    User bob = register("Bob", "bob@example.org");
    register("carol", "carol@example.org");

    assertThat(
            store
                .existingAccounts()
                .idsOf(
                    List.of(
                        new Username("ALICE"),
                        new Username("bob"),
                        new Username("alice"),
                        new Username("nobody"))))
        .containsExactlyInAnyOrder(alice.id(), bob.id());
    assertThat(store.existingAccounts().idsOf(List.of())).isEmpty();
  }

  private long likeCount() {
    return store.timelines().explore(PageRequest.first()).stream()
        .mapToLong(PostView::likeCount)
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Set<UserId>> blocksOf(Map<String, MentionedAccount> existing) {
    return existing.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().blockedWith()));
  }
}
