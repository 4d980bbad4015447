package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostEdit;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.user.User;

/**
 * {@code PostVersionPort}: an edit replaces what a post shows (lists and threads show it with the
 * time of the edit) and keeps the replaced version, newest first; a stale or deleted post is not
 * edited; deleting a post takes its history along; a boost's id is no post, and a boosted post
 * shows its edit, and keeps its counts, where the boost placed it.
 */
public abstract class PostVersionPortContract extends PortContract {
  private static final Instant LATER = T0.plusSeconds(60);
  private static final Instant LATEST = T0.plusSeconds(120);

  @Test
  void aNewPostsCurrentVersionIsWhatItWasPublishedWith() {
    User alice = register("alice", "alice@example.org");
    Post post = reply(alice, publish(alice, "start"), "answer 😀", "warned");

    assertThat(store.postVersions().current(post.id()))
        .contains(new PostVersion(post.id(), post.text(), new ContentWarning("warned"), T0));
    assertThat(store.postVersions().earlier(post.id(), 10)).isEmpty();
    assertThat(store.postVersions().current(new PostId(999_999))).isEmpty();
  }

  @Test
  void anEditChangesWhatThePostShowsEverywhereAndKeepsTheOldWords() {
    User alice = register("alice", "alice@example.org");
    Post post = publish(alice, "helo");
    PostVersion first = store.postVersions().current(post.id()).orElseThrow();

    PostVersion second = edit(post, first, "hello", "typo", LATER);
    PostVersion third = edit(post, second, "hello 😀", "", LATEST);

    assertThat(store.postVersions().current(post.id())).contains(third);
    assertThat(store.postVersions().earlier(post.id(), 10)).containsExactly(second, first);
    assertThat(store.postVersions().earlier(post.id(), 1)).containsExactly(second);
    PostView listed = store.timelines().explore(PageRequest.first()).get(0);
    assertThat(listed.text().value()).isEqualTo("hello 😀");
    assertThat(listed.warning()).isEqualTo(ContentWarning.none());
    assertThat(listed.publishedAt()).isEqualTo(T0);
    assertThat(listed.editedAt()).contains(LATEST);
    ThreadPost inThread = store.threads().chain(post.id(), 1).get(0);
    assertThat(inThread.post().orElseThrow().editedAt()).contains(LATEST);
    assertThat(store.loadPosts().findById(post.id()).orElseThrow().text().value())
        .isEqualTo("hello 😀");
  }

  @Test
  void anUneditedPostShowsNoEditTime() {
    User alice = register("alice", "alice@example.org");
    publish(alice, "as written");

    assertThat(store.timelines().explore(PageRequest.first()).get(0).editedAt()).isEmpty();
  }

  @Test
  void anEditOfAVersionThePostNoLongerShowsStoresNothing() {
    User alice = register("alice", "alice@example.org");
    Post post = publish(alice, "one");
    PostVersion first = store.postVersions().current(post.id()).orElseThrow();
    PostVersion second = edit(post, first, "two", "", LATER);

    PostEdit stale = new PostEdit(alice.id(), new PostText("three"), ContentWarning.none(), LATEST);

    assertThat(store.postVersions().replace(stale.applyTo(post, first))).isFalse();
    assertThat(store.postVersions().current(post.id())).contains(second);
    assertThat(store.postVersions().earlier(post.id(), 10)).containsExactly(first);
  }

  @Test
  void deletingAPostTakesItsHistoryAlongEvenAsATombstone() {
    User alice = register("alice", "alice@example.org");
    Post lonely = publish(alice, "lonely");
    Post answered = publish(alice, "answered");
    reply(alice, answered, "an answer", "");
    edit(lonely, store.postVersions().current(lonely.id()).orElseThrow(), "lonely!", "", LATER);
    PostVersion was = store.postVersions().current(answered.id()).orElseThrow();
    PostVersion last = edit(answered, was, "answered!", "", LATER);

    store.savePosts().delete(lonely.id());
    store.savePosts().delete(answered.id());

    assertThat(store.postVersions().earlier(lonely.id(), 10)).isEmpty();
    assertThat(store.postVersions().earlier(answered.id(), 10)).isEmpty();
    assertThat(store.postVersions().current(answered.id())).as("a tombstone").isEmpty();
    PostEdit late = new PostEdit(alice.id(), new PostText("back"), ContentWarning.none(), LATEST);
    assertThat(store.postVersions().replace(late.applyTo(answered, last))).isFalse();
  }

  @Test
  void aBoostsIdHasNoWordsToEditOrLookBackOn() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "boosted");
    boost(bob, post);
    PostId boostId = new PostId(homeOf(bob).get(0).position());

    assertThat(boostId).isNotEqualTo(post.id());
    assertThat(store.postVersions().current(boostId)).isEmpty();
    assertThat(store.postVersions().earlier(boostId, 10)).isEmpty();
  }

  @Test
  void aBoostedPostShowsItsEditWhereTheBoostPlacedItAndKeepsItsCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "helo");
    reply(bob, post, "typo!", "");
    boost(bob, post);

    edit(post, store.postVersions().current(post.id()).orElseThrow(), "hello", "", LATER);

    TimelineEntry boosted =
        homeOf(bob).stream().filter(e -> e.post().id().equals(post.id())).findFirst().orElseThrow();
    assertThat(boosted.boostedBy()).contains(bob.username());
    assertThat(boosted.post().text().value()).isEqualTo("hello");
    assertThat(boosted.post().editedAt()).contains(LATER);
    assertThat(boosted.post().boostCount()).isEqualTo(1);
    assertThat(boosted.post().replyCount()).isEqualTo(1);
  }

  private List<TimelineEntry> homeOf(User reader) {
    return store.timelines().homeTimeline(reader.id(), PageRequest.first());
  }

  private PostVersion edit(
      Post post, PostVersion current, String text, String warning, Instant at) {
    PostEdit.Edited edited =
        new PostEdit(post.authorId(), new PostText(text), new ContentWarning(warning), at)
            .applyTo(post, current);
    assertThat(store.postVersions().replace(edited)).isTrue();
    return edited.current();
  }
}
