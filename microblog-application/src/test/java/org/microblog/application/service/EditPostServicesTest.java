package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.EditPostCommand;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.application.port.in.post.PostHistoryView;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Editing one's posts and reading their history, on the in-memory kit. */
class EditPostServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");

  @Test
  void theAuthorsEditShowsWithItsTimeAndKeepsTheOldWordsInTheHistory() {
    PostId post = new PostId(fx.post(alice, "helo"));
    fx.clock.advance(Duration.ofMinutes(3));
    Instant editedAt = fx.clock.instant();

    edit(alice, post, "hello", "typo");

    PostView shown = onlyPost();
    assertThat(shown.text().value()).isEqualTo("hello");
    assertThat(shown.warning().value()).isEqualTo("typo");
    assertThat(shown.publishedAt()).isEqualTo(Fixtures.START);
    assertThat(shown.editedAt()).contains(editedAt);
    PostHistoryView history = fx.blog.useCases().postHistory().history(post).orElseThrow();
    assertThat(history.post()).isEqualTo(shown);
    assertThat(history.earlier().versions())
        .containsExactly(
            new PostVersion(post, new PostText("helo"), ContentWarning.none(), Fixtures.START));
  }

  @Test
  void aHistoryIsNotFoundForAViewerAcrossABlockFromTheAuthorOrMutingThem() {
    PostId post = new PostId(fx.post(alice, "mine"));
    UserId carol = fx.register("carol");
    fx.blog.useCases().blockUser().block(new BlockCommand(alice, new Username("bob")));
    fx.blog.useCases().muteUser().mute(new BlockCommand(carol, new Username("alice")));

    assertThat(fx.blog.useCases().postHistory().history(post, Optional.of(bob))).isEmpty();
    assertThat(fx.blog.useCases().postHistory().history(post, Optional.of(carol))).isEmpty();
    assertThat(fx.blog.useCases().postHistory().history(post, Optional.of(alice))).isPresent();
    assertThat(fx.blog.useCases().postHistory().history(post)).isPresent();
  }

  @Test
  void historyListsEveryEarlierVersionNewestFirst() {
    PostId post = new PostId(fx.post(alice, "one"));
    fx.clock.advance(Duration.ofMinutes(1));
    edit(alice, post, "two", "");
    fx.clock.advance(Duration.ofMinutes(1));
    edit(alice, post, "three", "");

    assertThat(fx.blog.useCases().postHistory().history(post).orElseThrow().earlier().versions())
        .extracting(version -> version.text().value())
        .containsExactly("two", "one");
  }

  @Test
  void aLongHistoryShowsItsNewestVersionsAndSaysThatOlderOnesExist() {
    PostId post = new PostId(fx.post(alice, "edit 0"));
    for (int i = 1; i <= PostHistoryQuery.MAX_VERSIONS + 1; i++) {
      fx.clock.advance(Duration.ofSeconds(1));
      edit(alice, post, "edit " + i, "");
    }

    PostHistoryView history = fx.blog.useCases().postHistory().history(post).orElseThrow();

    assertThat(history.earlier().versions()).hasSize(PostHistoryQuery.MAX_VERSIONS);
    assertThat(history.earlier().versions().get(0).text().value())
        .isEqualTo("edit " + PostHistoryQuery.MAX_VERSIONS);
    assertThat(history.olderNotShown()).isTrue();
    assertThat(
            fx.blog.useCases().postHistory().history(new PostId(fx.post(bob, "x"))).orElseThrow())
        .extracting(PostHistoryView::olderNotShown)
        .isEqualTo(false);
  }

  @Test
  void anEditThatChangesNothingRecordsNothing() {
    PostId post = new PostId(fx.post(alice, "as it was"));
    fx.clock.advance(Duration.ofMinutes(1));

    edit(alice, post, "  as it was  ", "");

    assertThat(onlyPost().editedAt()).isEmpty();
    assertThat(fx.blog.useCases().postHistory().history(post).orElseThrow().earlier().isEmpty())
        .isTrue();
  }

  @Test
  void someoneElsesEditIsRefusedAndChangesNothing() {
    PostId post = new PostId(fx.post(alice, "mine"));

    assertThatThrownBy(() -> edit(bob, post, "yours now", ""))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
              assertThat(e.key()).isEqualTo("post.not-author");
            });
    assertThatThrownBy(() -> fx.blog.useCases().editablePosts().editable(bob, post))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    assertThat(onlyPost().text().value()).isEqualTo("mine");
    assertThat(onlyPost().editedAt()).isEmpty();
  }

  @Test
  void anUnknownOrDeletedPostCannotBeEditedNorHasAHistory() {
    PostId gone = new PostId(fx.post(alice, "soon gone"));
    fx.blog.useCases().deletePost().delete(new DeletePostCommand(alice, gone));

    for (PostId post : List.of(gone, new PostId(999))) {
      assertThatThrownBy(() -> edit(alice, post, "back", ""))
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
      assertThat(fx.blog.useCases().postHistory().history(post)).isEmpty();
    }
  }

  @Test
  void aBoostsIdIsNoPostToEditNorHasAHistory() {
    PostId post = new PostId(fx.post(alice, "boosted"));
    fx.blog.useCases().boostPost().boost(new BoostPostCommand(alice, post));
    PostId boost =
        new PostId(
            fx.blog
                .useCases()
                .timelines()
                .homeTimeline(alice, PageRequest.first())
                .items()
                .get(0)
                .position());

    assertThat(boost).isNotEqualTo(post);
    assertThatThrownBy(() -> edit(alice, boost, "mine", ""))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    assertThatThrownBy(() -> fx.blog.useCases().editablePosts().editable(alice, boost))
        .isInstanceOf(DomainException.class);
    assertThat(fx.blog.useCases().postHistory().history(boost)).isEmpty();
    assertThat(onlyPost().text().value()).isEqualTo("boosted");
  }

  @Test
  void theEditFormStartsFromTheCurrentWords() {
    PostId post = new PostId(fx.post(alice, "first words"));
    edit(alice, post, "second words", "careful");

    PostVersion current = fx.blog.useCases().editablePosts().editable(alice, post);

    assertThat(current.text().value()).isEqualTo("second words");
    assertThat(current.contentWarning().value()).isEqualTo("careful");
  }

  @Test
  void anEditTellsOnlyThePeopleItNewlyMentions() {
    UserId carol = fx.register("carol");
    PostId post = new PostId(fx.post(alice, "hello @carol"));
    assertThat(mentions(carol)).isEqualTo(1);

    edit(alice, post, "hello @carol and @bob", "");
    edit(alice, post, "hello @carol, @bob and @alice!", "");
    edit(alice, post, "hello @bob", "");
    edit(alice, post, "hello @bob and @carol", "");

    assertThat(mentions(bob)).isEqualTo(1);
    assertThat(mentions(carol)).as("one notification per post, ever").isEqualTo(1);
    assertThat(mentions(alice)).isZero();
  }

  @Test
  void anEditOnAnInstanceWhoseClockLagsNeverPredatesTheVersionBefore() {
    PostId post = new PostId(fx.post(alice, "one"));
    fx.clock.advance(Duration.ofMinutes(5));
    edit(alice, post, "two", "");
    fx.clock.advance(Duration.ofMinutes(-10));

    edit(alice, post, "three", "");

    assertThat(onlyPost().text().value()).isEqualTo("three");
    assertThat(onlyPost().editedAt()).contains(Fixtures.START.plus(Duration.ofMinutes(5)));
  }

  private void edit(UserId editor, PostId post, String text, String warning) {
    fx.blog
        .useCases()
        .editPost()
        .edit(new EditPostCommand(editor, post, new PostText(text), new ContentWarning(warning)));
  }

  private PostView onlyPost() {
    List<PostView> posts = fx.blog.useCases().timelines().explore(PageRequest.first()).items();
    assertThat(posts).hasSize(1);
    return posts.get(0);
  }

  private long mentions(UserId person) {
    return fx.blog.persistence().notifications().newest(person, Long.MAX_VALUE, 100).stream()
        .map(NotificationView::kind)
        .filter(NotificationKind.MENTIONED::equals)
        .count();
  }
}
