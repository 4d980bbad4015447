package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.User;

/** {@code LoadPostPort} and {@code SavePostPort}: posts stored once per form, found, deleted. */
public abstract class PostPortContract extends PortContract {
  private static final Optional<FormToken> FORM =
      Optional.of(new FormToken("double-click-0123456789"));

  @Test
  void storesFindsAndDeletesPost() {
    User alice = register("alice", "alice@example.org");
    // 280 code points outside the BMP: 560 UTF-16 units, the longest a post can be stored as.
    String longest = "😀".repeat(PostText.MAX_LENGTH);

    Post post = store.savePosts().insert(new NewPost(alice.id(), new PostText(longest), T0));

    assertThat(store.loadPosts().findById(post.id())).contains(post);
    assertThat(post.authorId()).isEqualTo(alice.id());
    assertThat(post.text().value()).isEqualTo(longest);
    assertThat(post.publishedAt()).isEqualTo(T0);

    store.savePosts().delete(post.id());

    assertThat(store.loadPosts().findById(post.id())).isEmpty();
    assertThatCode(() -> store.savePosts().delete(post.id())).doesNotThrowAnyException();
  }

  @Test
  void keepsAPostsLanguageAndNoneForPostsWithout() {
    User alice = register("alice", "alice@example.org");
    Post japanese =
        store
            .savePosts()
            .insert(
                new NewPost(
                    alice.id(),
                    new PostText("こんにちは"),
                    T0,
                    Optional.empty(),
                    ContentWarning.none(),
                    Optional.empty(),
                    Optional.of(new PostLanguage("ja"))));
    Post unknown = publish(alice, "no language recorded");

    List<PostView> views = store.timelines().explore(PageRequest.first());
    assertThat(views)
        .filteredOn(view -> view.id().equals(japanese.id()))
        .singleElement()
        .extracting(PostView::language)
        .isEqualTo(Optional.of(new PostLanguage("ja")));
    assertThat(views)
        .filteredOn(view -> view.id().equals(unknown.id()))
        .singleElement()
        .extracting(PostView::language)
        .isEqualTo(Optional.empty());
    assertThat(store.timelines().postsBy(alice.id(), PageRequest.first()))
        .extracting(PostView::language)
        .containsExactlyInAnyOrder(Optional.of(new PostLanguage("ja")), Optional.empty());
  }

  @Test
  void storesTheSameFormOncePerAuthor() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");

    Post first = store.savePosts().insert(new NewPost(alice.id(), new PostText("once"), T0, FORM));
    Post again =
        store
            .savePosts()
            .insert(new NewPost(alice.id(), new PostText("once"), T0.plusSeconds(1), FORM));
    Post bobs = store.savePosts().insert(new NewPost(bob.id(), new PostText("bob's"), T0, FORM));
    Post withoutToken = publish(alice, "twice");
    Post withoutTokenAgain = publish(alice, "twice");

    assertThat(again).isEqualTo(first);
    assertThat(bobs.id()).isNotEqualTo(first.id());
    assertThat(withoutTokenAgain.id()).isNotEqualTo(withoutToken.id());
    assertThat(store.timelines().explore(PageRequest.first())).hasSize(4);
  }

  @Test
  void aFormTokenNamesOnePostForAnHourOnly() {
    User alice = register("alice", "alice@example.org");
    Post first = store.savePosts().insert(new NewPost(alice.id(), new PostText("hi"), T0, FORM));

    Post withinTheHour =
        store
            .savePosts()
            .insert(new NewPost(alice.id(), new PostText("hi"), T0.plus(FormToken.LIFETIME), FORM));
    Post afterTheHour =
        store
            .savePosts()
            .insert(
                new NewPost(
                    alice.id(),
                    new PostText("hi"),
                    T0.plus(FormToken.LIFETIME).plusSeconds(1),
                    FORM));
    Post retryOfTheNewOne =
        store
            .savePosts()
            .insert(
                new NewPost(
                    alice.id(),
                    new PostText("hi"),
                    T0.plus(FormToken.LIFETIME).plusSeconds(2),
                    FORM));

    assertThat(withinTheHour).isEqualTo(first);
    assertThat(afterTheHour.id()).isNotEqualTo(first.id());
    assertThat(retryOfTheNewOne).isEqualTo(afterTheHour);
    assertThat(store.loadPosts().findById(first.id())).contains(first);
    assertThat(store.timelines().explore(PageRequest.first())).hasSize(2);
  }

  @Test
  void aDeletedPostsFormMayBeSentAgain() {
    User alice = register("alice", "alice@example.org");
    Post first = store.savePosts().insert(new NewPost(alice.id(), new PostText("oops"), T0, FORM));
    store.savePosts().delete(first.id());

    Post again = store.savePosts().insert(new NewPost(alice.id(), new PostText("oops"), T0, FORM));

    assertThat(again.id()).isNotEqualTo(first.id());
    assertThat(store.loadPosts().findById(again.id())).contains(again);
  }

  @Test
  void givesLaterPostsLargerIds() {
    User alice = register("alice", "alice@example.org");

    Post first = publish(alice, "first");
    Post second = publish(alice, "second");

    assertThat(second.id().value()).isGreaterThan(first.id().value());
  }

  @Test
  void exportsAllOfOneAuthorsPostsNewestFirst() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post first = publish(alice, "first");
    publish(bob, "bob's");
    Post second = publish(alice, "second");

    assertThat(store.loadPosts().allBy(alice.id())).containsExactly(second, first);
  }

  @Test
  void slicesOneAuthorsPostsNewestFirstForAnExportAndCountsThem() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post first = publish(alice, "first");
    publish(bob, "bob's");
    Post second = publish(alice, "second");
    Post third = publish(alice, "third");
    store.boosts().boost(new org.microblog.domain.post.Boost(alice.id(), first.id(), T0));

    assertThat(store.loadPosts().sliceBy(alice.id(), Optional.empty(), 2))
        .containsExactly(third, second);
    assertThat(store.loadPosts().sliceBy(alice.id(), Optional.of(second.id()), 2))
        .containsExactly(first);
    assertThat(store.loadPosts().sliceBy(alice.id(), Optional.of(first.id()), 2)).isEmpty();
    assertThat(store.loadPosts().countBy(alice.id())).isEqualTo(3);
    assertThat(store.loadPosts().countBy(bob.id())).isEqualTo(1);
  }
}
