package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

class PostEditTest {

  private final UserId author = new UserId(7);
  private final Instant published = Instant.parse("2026-01-01T10:00:00Z");
  private final Instant later = Instant.parse("2026-01-01T10:05:00Z");
  private final Post post = new Post(new PostId(1), author, new PostText("helo"), published);
  private final PostVersion first = PostVersion.first(post, ContentWarning.none());

  @Test
  void theAuthorsEditKeepsThePreviousVersionForHistory() {
    PostEdit edit =
        new PostEdit(author, new PostText("hello"), new ContentWarning("typo fix"), later);

    PostEdit.Edited edited = edit.applyTo(post, first);

    assertThat(edited.previous()).isEqualTo(first);
    assertThat(edited.previous().text().value()).isEqualTo("helo");
    assertThat(edited.current())
        .isEqualTo(
            new PostVersion(
                post.id(), new PostText("hello"), new ContentWarning("typo fix"), later));
  }

  @Test
  void onlyTheAuthorMayEditLikeDeleting() {
    PostEdit edit =
        new PostEdit(new UserId(8), new PostText("mine now"), ContentWarning.none(), later);

    assertThatThrownBy(() -> edit.applyTo(post, first))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("post.not-author");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
              assertThat(e.getMessage()).isEqualTo("You can edit only your own posts.");
            });
  }

  @Test
  void anEditKeepsTheLengthRulesBecauseItIsMadeOfPostText() {
    assertThatThrownBy(
            () ->
                new PostEdit(
                    author,
                    new PostText("a".repeat(PostText.MAX_LENGTH + 1)),
                    ContentWarning.none(),
                    later))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("body.length"));
    assertThatThrownBy(() -> new PostEdit(author, new PostText(" "), ContentWarning.none(), later))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("body.empty"));
  }

  @Test
  void anEditCannotPredateTheVersionItReplaces() {
    PostEdit edit =
        new PostEdit(
            author, new PostText("hello"), ContentWarning.none(), published.minusSeconds(1));

    assertThatThrownBy(() -> edit.applyTo(post, first))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCurrentVersionMustBelongToThePost() {
    PostVersion otherPosts =
        new PostVersion(new PostId(2), new PostText("x"), ContentWarning.none(), published);
    PostEdit edit = new PostEdit(author, new PostText("hello"), ContentWarning.none(), later);

    assertThatThrownBy(() -> edit.applyTo(post, otherPosts))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowsWhenAnEditChangesNothing() {
    assertThat(
            new PostEdit(author, new PostText("helo"), ContentWarning.none(), later)
                .changesNothing(first))
        .isTrue();
    assertThat(
            new PostEdit(author, new PostText("helo"), new ContentWarning("cw"), later)
                .changesNothing(first))
        .isFalse();
  }

  @Test
  void historyListsEarlierVersionsNewestFirst() {
    PostVersion second =
        new PostVersion(post.id(), new PostText("hello"), ContentWarning.none(), later);
    PostVersion third =
        new PostVersion(
            post.id(), new PostText("hello!"), ContentWarning.none(), later.plusSeconds(60));

    PostHistory history = new PostHistory(post.id(), java.util.List.of(second, first, third));

    assertThat(history.versions()).containsExactly(third, second, first);
    assertThat(new PostHistory(post.id(), java.util.List.of()).isEmpty()).isTrue();
  }

  @Test
  void historyHoldsOnlyThatPostsVersions() {
    PostVersion otherPosts =
        new PostVersion(new PostId(2), new PostText("x"), ContentWarning.none(), published);

    assertThatThrownBy(() -> new PostHistory(post.id(), java.util.List.of(first, otherPosts)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEditNamesOnlyThePeopleItNewlyMentionsIgnoringCase() {
    Post mentioning =
        new Post(new PostId(3), author, new PostText("hi @Alice and @bob"), published);
    PostEdit edit =
        new PostEdit(
            author,
            new PostText("hi @alice, @carol, @bob and @Carol and @dave"),
            ContentWarning.none(),
            later);

    PostEdit.Edited edited =
        edit.applyTo(mentioning, PostVersion.first(mentioning, ContentWarning.none()));

    assertThat(edited.newMentions())
        .extracting(org.microblog.domain.user.Username::value)
        .containsExactly("carol", "dave");
  }

  @Test
  void anEditedPostIsFiledUnderTheTagsOfItsNewBodyOnly() {
    Post tagged = new Post(new PostId(4), author, new PostText("#Java and #jvm"), published);
    PostEdit edit =
        new PostEdit(
            author, new PostText("#JVM, #Kotlin and #kotlin"), new ContentWarning("#cw"), later);

    PostEdit.Edited edited = edit.applyTo(tagged, PostVersion.first(tagged, ContentWarning.none()));

    assertThat(edited.tags()).extracting(Tag::key).containsExactly("jvm", "kotlin");
  }
}
