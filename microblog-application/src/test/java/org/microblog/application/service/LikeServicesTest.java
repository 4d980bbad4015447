package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.post.PostId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Likes and what post cards need to know, on the in-memory kit. */
class LikeServicesTest {
  private final Fixtures fx = new Fixtures();

  @Test
  void likingIsIdempotentAndCountedOnThePost() {
    UserId alice = fx.register("alice");
    UserId bob = fx.register("bob");
    PostId post = new PostId(fx.post(alice, "likeable"));

    like(bob, post);
    like(bob, post);
    like(alice, post);
    assertThat(likeCount()).isEqualTo(2);
    assertThat(fx.blog.useCases().postCards().interactions(bob, List.of(post)).liked())
        .containsExactly(post);

    fx.blog.useCases().unlikePost().unlike(new LikePostCommand(bob, post));
    fx.blog.useCases().unlikePost().unlike(new LikePostCommand(bob, post));
    assertThat(likeCount()).isEqualTo(1);
    assertThat(fx.blog.useCases().postCards().interactions(bob, List.of(post)).liked()).isEmpty();
  }

  @Test
  void aDeletedOrUnknownPostCannotBeLiked() {
    UserId alice = fx.register("alice");
    PostId post = new PostId(fx.post(alice, "gone soon"));
    fx.blog.useCases().deletePost().delete(new DeletePostCommand(alice, post));

    for (PostId target : List.of(post, new PostId(999))) {
      assertThatThrownBy(() -> like(alice, target))
          .isInstanceOfSatisfying(
              DomainException.class,
              refused -> assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }
  }

  @Test
  void mentionedNamesThatHaveAccountsLinkIgnoringCaseExceptAcrossABlock() {
    UserId alice = fx.register("alice");
    UserId bob = fx.register("bob");
    UserId carol = fx.register("carol");
    fx.blog.useCases().blockUser().block(new BlockCommand(carol, new Username("alice")));

    MentionLinks links =
        fx.blog
            .useCases()
            .postCards()
            .mentionLinks(
                List.of(new Username("ALICE"), new Username("nobody")), List.of(bob, carol));

    assertThat(links.linkableFrom(bob)).containsExactly("alice");
    assertThat(links.linkableFrom(carol)).isEmpty();
    assertThat(links.linkableFrom(alice)).containsExactly("alice");
  }

  private void like(UserId reader, PostId post) {
    fx.blog.useCases().likePost().like(new LikePostCommand(reader, post));
  }

  private long likeCount() {
    return fx.blog.useCases().timelines().explore(PageRequest.first()).items().stream()
        .mapToLong(PostView::likeCount)
        .sum();
  }
}
