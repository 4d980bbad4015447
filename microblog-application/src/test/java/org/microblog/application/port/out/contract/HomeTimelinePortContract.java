package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.User;
import org.microblog.domain.user.Username;

/**
 * {@code LoadTimelinePort.homeTimeline} with boosts: the reader's circle (the reader and whom they
 * follow) shares posts by boosting them; each post shows once, placed by its newest entry, and
 * keyset pages over the entries' positions show every post exactly once.
 */
public abstract class HomeTimelinePortContract extends PortContract {

  @Test
  void aFolloweesBoostShowsThePostWhereTheBoostHappened() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    follow(alice, bob);
    Post carols = publish(carol, "carol's, whom alice does not follow");
    Post own = publish(alice, "alice's own");
    boost(bob, carols);

    assertThat(entries(alice))
        .containsExactly(tuple(carols.id(), Optional.of(bob.username())), tuple(own.id(), none()));
    assertThat(home(alice).get(0).position()).isGreaterThan(own.id().value());
  }

  @Test
  void aPostShowsOnceHoweverManyBoostedItPlacedByTheNewestBoost() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User dave = register("dave", "dave@example.org");
    User carol = register("carol", "carol@example.org");
    follow(alice, bob);
    follow(alice, dave);
    follow(alice, carol);
    Post carols = publish(carol, "carol's");
    boost(bob, carols);
    Post between = publish(alice, "between the boosts");
    boost(dave, carols);

    assertThat(entries(alice))
        .containsExactly(
            tuple(carols.id(), Optional.of(dave.username())), tuple(between.id(), none()));

    store.boosts().unboost(dave.id(), carols.id());
    assertThat(entries(alice))
        .containsExactly(
            tuple(between.id(), none()), tuple(carols.id(), Optional.of(bob.username())));

    store.boosts().unboost(bob.id(), carols.id());
    assertThat(entries(alice))
        .as("unboosted, the post is back in its own place")
        .containsExactly(tuple(between.id(), none()), tuple(carols.id(), none()));
  }

  @Test
  void theReadersOwnBoostsShowAndStrangersBoostsDoNot() {
    User alice = register("alice", "alice@example.org");
    User carol = register("carol", "carol@example.org");
    User stranger = register("stranger", "stranger@example.org");
    Post carols = publish(carol, "carol's");
    Post other = publish(carol, "another of carol's");
    boost(alice, carols);
    boost(stranger, other);

    assertThat(entries(alice)).containsExactly(tuple(carols.id(), Optional.of(alice.username())));
    assertThat(entries(carol))
        .as("carol's own posts show in their place, whoever boosts them")
        .containsExactly(tuple(other.id(), none()), tuple(carols.id(), none()));
  }

  /**
   * 30 posts, two thirds by a followed person, and 16 boosts by two followed people, of old posts
   * and of one boosted before: paged older and then newer, every post shows exactly once, in the
   * order of its latest event.
   */
  @Test
  void keysetPagesThroughPostsAndBoostsShowEachPostOnce() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User eve = register("eve", "eve@example.org");
    User carol = register("carol", "carol@example.org");
    follow(alice, bob);
    follow(alice, eve);
    Map<PostId, Optional<Username>> latest = new LinkedHashMap<>();
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      User author = i % 3 == 0 ? carol : bob;
      Post post = publish(author, "post " + i);
      posts.add(post);
      happened(latest, post.id(), author == carol ? null : Optional.empty());
      if (i % 2 == 1) {
        Post old = posts.get(i / 2);
        User booster = i % 4 == 1 ? eve : bob;
        boost(booster, old);
        happened(latest, old.id(), Optional.of(booster.username()));
      }
    }
    boost(bob, posts.get(0));
    happened(latest, posts.get(0).id(), Optional.of(bob.username()));
    List<Map.Entry<PostId, Optional<Username>>> expected = new ArrayList<>(latest.entrySet());
    Collections.reverse(expected);

    List<TimelineEntry> older = walk(alice, PageRequest.first(), true);

    assertThat(older)
        .extracting(e -> Map.entry(e.post().id(), e.boostedBy()))
        .containsExactlyElementsOf(expected);
    List<TimelineEntry> newer =
        walk(alice, PageRequest.newerThan(older.get(older.size() - 1).position() - 1), false);
    assertThat(newer).containsExactlyElementsOf(older);
  }

  /** Records that the post's latest event happened now; a null reason means nothing shows. */
  private static void happened(
      Map<PostId, Optional<Username>> latest, PostId post, Optional<Username> reason) {
    latest.remove(post);
    if (reason != null) {
      latest.put(post, reason);
    }
  }

  /** Every entry, newest first, reading pages of 20 outwards from {@code page}. */
  private List<TimelineEntry> walk(User reader, PageRequest start, boolean olderward) {
    List<TimelineEntry> all = new ArrayList<>();
    PageRequest page = start;
    while (true) {
      List<TimelineEntry> rows = store.timelines().homeTimeline(reader.id(), page);
      List<TimelineEntry> shown = rows.subList(0, Math.min(rows.size(), page.size()));
      if (olderward) {
        all.addAll(shown);
      } else {
        List<TimelineEntry> newestFirst = new ArrayList<>(shown);
        Collections.reverse(newestFirst);
        all.addAll(0, newestFirst);
      }
      if (rows.size() <= page.size()) {
        return all;
      }
      long edge = shown.get(shown.size() - 1).position();
      page = olderward ? PageRequest.olderThan(edge) : PageRequest.newerThan(edge);
    }
  }

  private List<TimelineEntry> home(User reader) {
    return store.timelines().homeTimeline(reader.id(), PageRequest.first());
  }

  private List<Tuple> entries(User reader) {
    return home(reader).stream().map(e -> tuple(e.post().id(), e.boostedBy())).toList();
  }

  private static Optional<Username> none() {
    return Optional.empty();
  }
}
