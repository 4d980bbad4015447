package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostEdit;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.User;

/**
 * {@code LoadTimelinePort.tagged} with {@code SavePostPort}: posts are filed under their body's
 * tags when published (and again, with {@code PostVersionPort}, when edited), found ignoring case
 * and Unicode normalisation, newest first by keyset, and leave the tag when they are deleted.
 */
public abstract class TagPortContract extends PortContract {

  @Test
  void findsThePostsOfATagIgnoringCaseNewestFirst() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post first = publish(alice, "#Java rocks");
    publish(bob, "#javascript is another tag, java no tag at all");
    Post second = publish(bob, "Ready for #java 17? #JAVA!");
    publish(alice, "nothing to see");
    Post answer = reply(bob, first, "Agreed, #JaVa", "spoilers #java");

    assertThat(tagged("JAVA", PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(answer.id(), second.id(), first.id());
    assertThat(tagged("javascript", PageRequest.first())).hasSize(1);
    assertThat(tagged("spoilers", PageRequest.first()))
        .as("a content warning files nothing")
        .isEmpty();
    assertThat(tagged("python", PageRequest.first())).isEmpty();
  }

  @Test
  void tagsOfEveryScriptMatchWhateverTheirNormalisation() {
    User alice = register("alice", "alice@example.org");
    Post precomposed = publish(alice, "Un #caf\u00e9 ?");
    Post combining = publish(alice, "#CAFE\u0301 noir");
    Post japanese = publish(alice, "#日本語 と #Straße");

    assertThat(tagged("cafe\u0301", PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(combining.id(), precomposed.id());
    assertThat(tagged("日本語", PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(japanese.id());
    assertThat(tagged("STRASSE", PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(japanese.id());
  }

  @Test
  void pagesByKeysetOlderAndNewer() {
    User alice = register("alice", "alice@example.org");
    List<PostId> tagged = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      tagged.add(publish(alice, "number " + i + " #counting").id());
      publish(alice, "number " + i + " untagged");
    }
    Collections.reverse(tagged);

    List<PostView> first = tagged("counting", PageRequest.first());
    long cursor = first.get(19).id().value();
    List<PostView> rest = tagged("counting", PageRequest.olderThan(cursor));
    List<PostView> back = tagged("counting", PageRequest.newerThan(rest.get(0).id().value()));

    assertThat(first).extracting(PostView::id).containsExactlyElementsOf(tagged.subList(0, 21));
    assertThat(rest).extracting(PostView::id).containsExactlyElementsOf(tagged.subList(20, 25));
    assertThat(back).extracting(PostView::id).startsWith(tagged.get(19), tagged.get(18));
  }

  @Test
  void deletedPostsLeaveTheirTagsTombstonesToo() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post lonely = publish(alice, "#gone soon");
    Post answered = publish(alice, "#gone too, but answered");
    reply(bob, answered, "an answer #gone", "");
    Post kept = publish(bob, "#gone is still here");

    store.savePosts().delete(lonely.id());
    store.savePosts().delete(answered.id());

    assertThat(tagged("gone", PageRequest.first()))
        .extracting(PostView::text)
        .extracting(Object::toString)
        .containsExactly("#gone is still here", "an answer #gone");
    store.saveUsers().delete(bob.id());
    assertThat(tagged("gone", PageRequest.first())).isEmpty();
    assertThat(kept.id()).isNotNull();
  }

  @Test
  void aBoostedPostShowsOnceUnderItsTag() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "#shared widely");
    boost(bob, post);
    boost(alice, post);

    assertThat(tagged("shared", PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(post.id());
  }

  @Test
  void anEditedPostIsFiledUnderTheTagsOfWhatItSaysNow() {
    User alice = register("alice", "alice@example.org");
    Post post = publish(alice, "#old and #Kept");
    PostVersion first = store.postVersions().current(post.id()).orElseThrow();

    store
        .postVersions()
        .replace(
            new PostEdit(
                    alice.id(),
                    new PostText("#kept and #new"),
                    new ContentWarning("#warned"),
                    T0.plusSeconds(5))
                .applyTo(post, first));

    assertThat(tagged("old", PageRequest.first())).isEmpty();
    assertThat(tagged("warned", PageRequest.first())).isEmpty();
    assertThat(tagged("KEPT", PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(post.id());
    assertThat(tagged("new", PageRequest.first()))
        .extracting(PostView::text)
        .extracting(Object::toString)
        .containsExactly("#kept and #new");
  }

  private List<PostView> tagged(String tag, PageRequest page) {
    return store.timelines().tagged(new Tag(tag), page);
  }
}
