package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.post.BoostPostUseCase;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.in.post.EditPostUseCase;
import org.microblog.application.port.in.post.EditablePostQuery;
import org.microblog.application.port.in.post.LikePostUseCase;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostExportQuery;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.in.post.UnboostPostUseCase;
import org.microblog.application.port.in.post.UnlikePostUseCase;

/**
 * The use cases of {@code port.in.post} (posts, edits and their history, threads, likes and boosts)
 * as beans.
 */
@Factory
final class PostUseCaseBeans {

  @Singleton
  PublishPostUseCase publishPost(Microblog microblog) {
    return microblog.publishPost();
  }

  @Singleton
  DeletePostUseCase deletePost(Microblog microblog) {
    return microblog.deletePost();
  }

  @Singleton
  EditPostUseCase editPost(Microblog microblog) {
    return microblog.editPost();
  }

  @Singleton
  EditablePostQuery editablePosts(Microblog microblog) {
    return microblog.editablePosts();
  }

  @Singleton
  PostHistoryQuery postHistory(Microblog microblog) {
    return microblog.postHistory();
  }

  @Singleton
  ThreadQuery threads(Microblog microblog) {
    return microblog.threads();
  }

  @Singleton
  LikePostUseCase likePost(Microblog microblog) {
    return microblog.likePost();
  }

  @Singleton
  UnlikePostUseCase unlikePost(Microblog microblog) {
    return microblog.unlikePost();
  }

  @Singleton
  BoostPostUseCase boostPost(Microblog microblog) {
    return microblog.boostPost();
  }

  @Singleton
  UnboostPostUseCase unboostPost(Microblog microblog) {
    return microblog.unboostPost();
  }

  @Singleton
  PostCardsQuery postCards(Microblog microblog) {
    return microblog.postCards();
  }

  @Singleton
  PostExportQuery postExport(Microblog microblog) {
    return microblog.postExport();
  }
}
