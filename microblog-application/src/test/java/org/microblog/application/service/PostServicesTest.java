package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;

class PostServicesTest {
  private final Fixtures fx = new Fixtures();

  @Test
  void publishStampsThePostWithTheClock() {
    var alice = fx.register("alice");

    long id = fx.post(alice, "  hello world  ");

    var post = fx.blog.persistence().posts().findById(new PostId(id)).orElseThrow();
    assertThat(post.text().value()).isEqualTo("hello world");
    assertThat(post.publishedAt()).isEqualTo(Fixtures.START);
    assertThat(post.authorId()).isEqualTo(alice);
  }

  @Test
  void theSameFormSubmittedTwicePublishesOnePost() {
    var alice = fx.register("alice");
    var bob = fx.register("bob");
    var token = Optional.of(new FormToken("form-token-0123456789"));

    var first =
        fx.blog
            .useCases()
            .publishPost()
            .publish(new PublishPostCommand(alice, new PostText("once"), token));
    var again =
        fx.blog
            .useCases()
            .publishPost()
            .publish(new PublishPostCommand(alice, new PostText("once"), token));
    var bobs =
        fx.blog
            .useCases()
            .publishPost()
            .publish(new PublishPostCommand(bob, new PostText("mine"), token));

    assertThat(again).isEqualTo(first);
    assertThat(bobs).as("tokens are per author").isNotEqualTo(first);
    assertThat(fx.blog.useCases().timelines().explore(PageRequest.first()).items()).hasSize(2);
  }

  @Test
  void theSameFormAnHourLaterPublishesANewPost() {
    var alice = fx.register("alice");
    var token = Optional.of(new FormToken("idempotency-key-0123456789"));
    var publish = fx.blog.useCases().publishPost();

    var first = publish.publish(new PublishPostCommand(alice, new PostText("hi"), token));
    fx.clock.advance(FormToken.LIFETIME);
    var retried = publish.publish(new PublishPostCommand(alice, new PostText("hi"), token));
    fx.clock.advance(Duration.ofSeconds(1));
    var later = publish.publish(new PublishPostCommand(alice, new PostText("hi"), token));

    assertThat(retried).isEqualTo(first);
    assertThat(later).isNotEqualTo(first);
    assertThat(fx.blog.useCases().timelines().explore(PageRequest.first()).items()).hasSize(2);
  }

  @Test
  void theAuthorDeletesTheirPost() {
    var alice = fx.register("alice");
    long id = fx.post(alice, "oops");

    fx.blog.useCases().deletePost().delete(new DeletePostCommand(alice, new PostId(id)));

    assertThat(fx.blog.persistence().posts().findById(new PostId(id))).isEmpty();
  }

  @Test
  void someoneElseCannotDeleteItAndThePostStays() {
    var alice = fx.register("alice");
    var mallory = fx.register("mallory");
    long id = fx.post(alice, "mine");

    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .deletePost()
                    .delete(new DeletePostCommand(mallory, new PostId(id))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    assertThat(fx.blog.persistence().posts().findById(new PostId(id))).isPresent();
  }

  @Test
  void deletingAnUnknownPostIsNotFound() {
    var alice = fx.register("alice");

    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .deletePost()
                    .delete(new DeletePostCommand(alice, new PostId(999))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }
}
