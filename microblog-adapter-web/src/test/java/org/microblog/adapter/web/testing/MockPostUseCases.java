package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.post.BoostPostUseCase;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.in.post.EditPostUseCase;
import org.microblog.application.port.in.post.EditablePostQuery;
import org.microblog.application.port.in.post.LikePostUseCase;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostExportQuery;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.in.post.UnboostPostUseCase;
import org.microblog.application.port.in.post.UnlikePostUseCase;

/**
 * The use cases of {@code port.in.post} (posts, edits and their history, threads, likes and boosts)
 * as Mockito mocks.
 */
@Factory
final class MockPostUseCases {

  @Singleton
  PublishPostUseCase publishPost() {
    return mock(PublishPostUseCase.class);
  }

  @Singleton
  DeletePostUseCase deletePost() {
    return mock(DeletePostUseCase.class);
  }

  @Singleton
  EditPostUseCase editPost() {
    return mock(EditPostUseCase.class);
  }

  @Singleton
  EditablePostQuery editablePosts() {
    return mock(EditablePostQuery.class);
  }

  @Singleton
  PostHistoryQuery postHistory() {
    return mock(PostHistoryQuery.class);
  }

  @Singleton
  ThreadQuery threads() {
    return mock(ThreadQuery.class);
  }

  @Singleton
  LikePostUseCase likePost() {
    return mock(LikePostUseCase.class);
  }

  @Singleton
  UnlikePostUseCase unlikePost() {
    return mock(UnlikePostUseCase.class);
  }

  @Singleton
  BoostPostUseCase boostPost() {
    return mock(BoostPostUseCase.class);
  }

  @Singleton
  UnboostPostUseCase unboostPost() {
    return mock(UnboostPostUseCase.class);
  }

  /**
   * Unstubbed, no mention links (as Mockito answers an empty set for a set): a default answer,
   * which {@code reset} keeps, rather than a null that no real query returns.
   */
  @Singleton
  PostCardsQuery postCards() {
    return mock(
        PostCardsQuery.class,
        call ->
            call.getMethod().getReturnType() == MentionLinks.class
                ? MentionLinks.NONE
                : RETURNS_DEFAULTS.answer(call));
  }

  @Singleton
  PostExportQuery postExportQuery() {
    return mock(PostExportQuery.class);
  }
}
