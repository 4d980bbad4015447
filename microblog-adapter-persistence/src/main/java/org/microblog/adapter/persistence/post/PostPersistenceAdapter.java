package org.microblog.adapter.persistence.post;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.persistence.support.UniqueViolation;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.UserId;

/**
 * Posts in the {@code posts} table, and the keyset slices that timelines page through: one
 * statement per slice, at most {@link PageRequest#fetchSize()} rows, ordered from the cursor
 * outwards as {@link LoadTimelinePort} requires. Rows that are boosts are never posts here.
 */
@Singleton
public class PostPersistenceAdapter implements LoadPostPort, SavePostPort, LoadTimelinePort {

  private static final String FORM_TOKEN_KEY = "uq_posts_author_form_token";

  private final PostRepository posts;
  private final PostWriter writer;
  private final TimelineQueries timelines;
  private final PostEntityMapper mapper;

  PostPersistenceAdapter(
      PostRepository posts, PostWriter writer, TimelineQueries timelines, PostEntityMapper mapper) {
    this.posts = posts;
    this.writer = writer;
    this.timelines = timelines;
    this.mapper = mapper;
  }

  @Override
  public Optional<Post> findById(PostId id) {
    return posts.findById(id.value()).filter(PostEntity::isPost).map(mapper::toDomain);
  }

  @Override
  public List<Post> allBy(UserId author) {
    return posts.findByAuthorIdOrderByIdDesc(author.value()).stream()
        .filter(PostEntity::isPost)
        .map(mapper::toDomain)
        .toList();
  }

  @Override
  public List<Post> sliceBy(UserId author, Optional<PostId> olderThan, int limit) {
    return posts
        .findExportSlice(author.value(), olderThan.map(PostId::value).orElse(Long.MAX_VALUE), limit)
        .stream()
        .map(mapper::toDomain)
        .toList();
  }

  @Override
  public long countBy(UserId author) {
    return posts.countLiveByAuthor(author.value());
  }

  @Override
  public Post insert(NewPost post) {
    post.formToken()
        .ifPresent(
            token ->
                posts.releaseFormToken(
                    post.authorId().value(), token.value(), post.sameFormSince()));
    try {
      return writer.store(post);
    } catch (DataAccessException e) {
      // The same form submitted twice: the unique key kept the first post (and rolled this
      // transaction back); hand that one back.
      if (post.formToken().isEmpty()
          || UniqueViolation.constraintOf(e, List.of(FORM_TOKEN_KEY)).isEmpty()) {
        throw e;
      }
      return posts
          .findByAuthorIdAndFormToken(post.authorId().value(), post.formToken().get().value())
          .map(mapper::toDomain)
          .orElseThrow(() -> e);
    }
  }

  /**
   * A post with replies becomes a tombstone, any other goes; either way its boosts, tags,
   * notifications (and their unread counts) and earlier versions go, in one transaction. A boost's
   * id, a tombstone's or an unknown one changes nothing.
   */
  @Override
  public void delete(PostId id) {
    writer.delete(id);
  }

  @Override
  public List<TimelineEntry> homeTimeline(UserId reader, PageRequest page) {
    return timelines.home(reader.value(), page.cursor(), isOlder(page), page.fetchSize()).stream()
        .map(mapper::toEntry)
        .toList();
  }

  @Override
  public List<PostView> explore(Optional<UserId> viewer, PageRequest page) {
    return views(timelines.explore(ids(viewer), page.cursor(), isOlder(page), page.fetchSize()));
  }

  @Override
  public List<PostView> postsBy(UserId author, PageRequest page) {
    return views(
        timelines.byAuthor(author.value(), page.cursor(), isOlder(page), page.fetchSize()));
  }

  @Override
  public List<PostView> tagged(Tag tag, Optional<UserId> viewer, PageRequest page) {
    return views(
        timelines.tagged(tag.key(), ids(viewer), page.cursor(), isOlder(page), page.fetchSize()));
  }

  private static Optional<Long> ids(Optional<UserId> viewer) {
    return viewer.map(UserId::value);
  }

  private static boolean isOlder(PageRequest page) {
    return page.direction() == PageRequest.Direction.OLDER;
  }

  private List<PostView> views(List<PostRow> rows) {
    return rows.stream().map(mapper::toView).toList();
  }
}
