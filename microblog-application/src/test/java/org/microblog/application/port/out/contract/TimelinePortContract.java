package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.User;
import org.microblog.domain.user.Username;

/**
 * {@code LoadTimelinePort}: keyset slices of at most {@code fetchSize} posts beyond the cursor,
 * nearest first, joined with their authors' current usernames.
 */
public abstract class TimelinePortContract extends PortContract {

  @Test
  void homeTimelineShowsOwnAndFollowedPostsNewestFirst() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    store.follows().follow(new Follow(alice.id(), bob.id()));
    store.follows().follow(new Follow(carol.id(), alice.id()));
    Post own = publish(alice, "mine");
    Post followed = publish(bob, "bob's");
    publish(carol, "carol's, not followed by alice");

    List<TimelineEntry> home = store.timelines().homeTimeline(alice.id(), PageRequest.first());

    assertThat(home).extracting(e -> e.post().id()).containsExactly(followed.id(), own.id());
    assertThat(home.get(0))
        .isEqualTo(
            TimelineEntry.of(
                new PostView(followed.id(), bob.id(), bob.username(), followed.text(), T0)));
  }

  @Test
  void postsShowTheirAuthorsCurrentUsername() {
    User alice = register("alice", "alice@example.org");
    Post post = publish(alice, "hello");

    store.saveUsers().updateProfile(alice.id(), new Username("Alice_W"), AboutMe.empty(), true);

    assertThat(store.timelines().explore(PageRequest.first()))
        .extracting(PostView::id, PostView::author)
        .containsExactly(tuple(post.id(), new Username("Alice_W")));
  }

  @Test
  void pagesOlderByKeysetThroughFortyFivePosts() {
    User alice = register("alice", "alice@example.org");
    List<PostId> newestFirst = new ArrayList<>(publishMany(alice, 45));
    Collections.reverse(newestFirst);

    List<PostId> seen = new ArrayList<>();
    PageRequest page = PageRequest.first();
    List<Integer> fetched = new ArrayList<>();
    while (true) {
      List<TimelineEntry> rows = store.timelines().homeTimeline(alice.id(), page);
      fetched.add(rows.size());
      List<TimelineEntry> shown = rows.subList(0, Math.min(rows.size(), page.size()));
      shown.forEach(e -> seen.add(e.post().id()));
      if (rows.size() <= page.size()) {
        break;
      }
      page = PageRequest.olderThan(shown.get(shown.size() - 1).position());
    }

    assertThat(fetched).containsExactly(21, 21, 5);
    assertThat(seen).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void pagesNewerByKeysetOldestFirstFromTheCursor() {
    User alice = register("alice", "alice@example.org");
    List<PostId> oldestFirst = publishMany(alice, 45);
    long cursor = oldestFirst.get(4).value();

    List<TimelineEntry> rows =
        store.timelines().homeTimeline(alice.id(), PageRequest.newerThan(cursor));
    long lastShown = rows.get(19).position();
    List<TimelineEntry> last =
        store.timelines().homeTimeline(alice.id(), PageRequest.newerThan(lastShown));

    assertThat(rows)
        .extracting(e -> e.post().id())
        .containsExactlyElementsOf(oldestFirst.subList(5, 26));
    assertThat(last)
        .extracting(e -> e.post().id())
        .containsExactlyElementsOf(oldestFirst.subList(25, 45));
  }

  @Test
  void exploreShowsEveryonesPostsByKeyset() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post a1 = publish(alice, "a1");
    Post b1 = publish(bob, "b1");
    Post a2 = publish(alice, "a2");

    assertThat(store.timelines().explore(PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(a2.id(), b1.id(), a1.id());
    assertThat(store.timelines().explore(PageRequest.olderThan(a2.id().value())))
        .extracting(PostView::id)
        .containsExactly(b1.id(), a1.id());
    assertThat(store.timelines().explore(PageRequest.newerThan(a1.id().value())))
        .extracting(PostView::id, PostView::author)
        .containsExactly(tuple(b1.id(), bob.username()), tuple(a2.id(), alice.username()));
  }

  @Test
  void postsByShowsOnlyThatAuthor() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post a1 = publish(alice, "a1");
    publish(bob, "b1");
    Post a2 = publish(alice, "a2");
    Post a3 = publish(alice, "a3");

    assertThat(store.timelines().postsBy(alice.id(), PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(a3.id(), a2.id(), a1.id());
    assertThat(store.timelines().postsBy(alice.id(), PageRequest.olderThan(a3.id().value())))
        .extracting(PostView::id)
        .containsExactly(a2.id(), a1.id());
    assertThat(store.timelines().postsBy(alice.id(), PageRequest.newerThan(a1.id().value())))
        .extracting(PostView::id)
        .containsExactly(a2.id(), a3.id());
    assertThat(store.timelines().postsBy(bob.id(), PageRequest.newerThan(a3.id().value())))
        .isEmpty();
  }
}
