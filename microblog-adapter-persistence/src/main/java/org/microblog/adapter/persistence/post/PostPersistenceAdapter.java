package org.microblog.adapter.persistence.post;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.persistence.notification.NotificationCleanup;
import org.microblog.adapter.persistence.support.UniqueViolation;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Posts in the {@code posts} table, and the keyset slices that timelines page through: one
 * statement per slice, at most {@link PageRequest#fetchSize()} rows, ordered from the cursor
 * outwards as {@link LoadTimelinePort} requires.
 */
@Singleton
public class PostPersistenceAdapter implements LoadPostPort, SavePostPort, LoadTimelinePort {

  private static final String FORM_TOKEN_KEY = "uq_posts_author_form_token";

  private final PostRepository posts;
  private final TimelineQueries timelines;
  private final PostEntityMapper mapper;
  private final NotificationCleanup notifications;

  PostPersistenceAdapter(
      PostRepository posts,
      TimelineQueries timelines,
      PostEntityMapper mapper,
      NotificationCleanup notifications) {
    this.posts = posts;
    this.timelines = timelines;
    this.mapper = mapper;
    this.notifications = notifications;
  }

  @Override
  public Optional<Post> findById(PostId id) {
    return posts.findById(id.value()).filter(PostPersistenceAdapter::live).map(mapper::toDomain);
  }

  @Override
  public List<Post> allBy(UserId author) {
    return posts.findByAuthorIdOrderByIdDesc(author.value()).stream()
        .filter(PostPersistenceAdapter::live)
        .map(mapper::toDomain)
        .toList();
  }

  @Override
  public Post insert(NewPost post) {
    try {
      return mapper.toDomain(posts.save(mapper.toEntity(post)));
    } catch (DataAccessException e) {
      // The same form submitted twice: the unique key kept the first post; hand that one back.
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
   * A post with replies becomes a tombstone, in one statement; any other goes. Either way its
   * notifications (and their unread counts) and its earlier versions go, in the same transaction.
   */
  @Override
  @Transactional
  public void delete(PostId id) {
    notifications.aboutPost(id.value());
    posts.deleteVersions(id.value());
    if (posts.tombstoneIfAnswered(id.value()) == 0) {
      posts.deleteById(id.value());
    }
  }

  private static boolean live(PostEntity post) {
    return !post.deleted();
  }

  @Override
  public List<PostView> homeTimeline(UserId reader, PageRequest page) {
    return views(timelines.home(reader.value(), page.cursor(), isOlder(page), page.fetchSize()));
  }

  @Override
  public List<PostView> explore(PageRequest page) {
    return views(timelines.explore(page.cursor(), isOlder(page), page.fetchSize()));
  }

  @Override
  public List<PostView> postsBy(UserId author, PageRequest page) {
    return views(
        timelines.byAuthor(author.value(), page.cursor(), isOlder(page), page.fetchSize()));
  }

  private static boolean isOlder(PageRequest page) {
    return page.direction() == PageRequest.Direction.OLDER;
  }

  private List<PostView> views(List<PostRow> rows) {
    return rows.stream().map(mapper::toView).toList();
  }
}
