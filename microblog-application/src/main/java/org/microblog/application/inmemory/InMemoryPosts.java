package org.microblog.application.inmemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.domain.post.InReplyTo;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/**
 * Posts in memory, stored once per author and form token and filed under their tags, and the keyset
 * slices that timelines page through, joined with their authors' current usernames.
 */
public final class InMemoryPosts implements LoadPostPort, SavePostPort, LoadTimelinePort {

  private final InMemoryTables tables;

  InMemoryPosts(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public Optional<Post> findById(PostId id) {
    return tables.locked(
        () ->
            Optional.ofNullable(tables.posts.get(id.value()))
                .filter(PostRow::live)
                .map(PostRow::post));
  }

  @Override
  public List<Post> allBy(UserId author) {
    return tables.locked(
        () ->
            tables.posts.descendingMap().values().stream()
                .filter(PostRow::live)
                .map(PostRow::post)
                .filter(p -> p.authorId().equals(author))
                .toList());
  }

  @Override
  public List<Post> sliceBy(UserId author, Optional<PostId> olderThan, int limit) {
    long before = olderThan.map(PostId::value).orElse(Long.MAX_VALUE);
    return tables.locked(
        () ->
            tables.posts.headMap(before, false).descendingMap().values().stream()
                .filter(PostRow::live)
                .map(PostRow::post)
                .filter(p -> p.authorId().equals(author))
                .limit(limit)
                .toList());
  }

  @Override
  public long countBy(UserId author) {
    return tables.locked(
        () ->
            tables.posts.values().stream()
                .filter(PostRow::live)
                .filter(row -> row.post().authorId().equals(author))
                .count());
  }

  @Override
  public Post insert(NewPost post) {
    return tables.locked(() -> sameForm(post).orElseGet(() -> store(post)));
  }

  /**
   * The post its author already made from the same form within the token's lifetime, as the unique
   * key would find it once older holders have let go of the token.
   */
  private Optional<Post> sameForm(NewPost post) {
    return post.formToken()
        .flatMap(
            token ->
                tables.posts.values().stream()
                    .filter(row -> row.post().authorId().equals(post.authorId()))
                    .filter(row -> row.formToken().equals(post.formToken()))
                    .map(PostRow::post)
                    .filter(earlier -> !earlier.publishedAt().isBefore(post.sameFormSince()))
                    .findFirst());
  }

  private Post store(NewPost post) {
    PostId id = tables.nextPostId();
    Post stored = new Post(id, post.authorId(), post.text(), post.publishedAt());
    tables.posts.put(
        id.value(),
        new PostRow(
            stored,
            post.formToken(),
            post.warning(),
            post.inReplyTo().map(InReplyTo::postId),
            false,
            post.tags().stream().map(Tag::key).collect(Collectors.toSet()),
            Optional.empty(),
            post.language()));
    tables.posted(post.authorId(), post.publishedAt());
    return stored;
  }

  @Override
  public void delete(PostId id) {
    tables.locked(
        () -> {
          boolean answered =
              tables.posts.values().stream()
                  .anyMatch(row -> row.inReplyTo().equals(Optional.of(id)));
          if (answered) {
            tables.posts.computeIfPresent(id.value(), (key, row) -> row.tombstone());
          } else {
            tables.posts.remove(id.value());
            tables.likes.removeIf(like -> like.postId().equals(id));
          }
          tables.dropPostTraces(id);
        });
  }

  @Override
  public List<TimelineEntry> homeTimeline(UserId reader, PageRequest page) {
    return tables.locked(() -> new InMemoryHomeTimeline(tables, this, reader).slice(page));
  }

  @Override
  public List<PostView> explore(Optional<UserId> viewer, PageRequest page) {
    return slice(row -> !tables.hides(viewer, row.post().authorId()), page);
  }

  @Override
  public List<PostView> postsBy(UserId author, PageRequest page) {
    return slice(row -> row.post().authorId().equals(author), page);
  }

  @Override
  public List<PostView> tagged(Tag tag, Optional<UserId> viewer, PageRequest page) {
    String key = tag.key();
    return slice(
        row -> row.tagKeys().contains(key) && !tables.hides(viewer, row.post().authorId()), page);
  }

  /** Reads outwards from the cursor, as an index range scan does: nearest posts first. */
  List<PostView> slice(Predicate<PostRow> include, PageRequest page) {
    return tables.locked(
        () -> {
          boolean older = page.direction() == PageRequest.Direction.OLDER;
          Map<Long, PostRow> range =
              older
                  ? tables.posts.headMap(page.cursor(), false).descendingMap()
                  : tables.posts.tailMap(page.cursor(), false);
          return range.values().stream()
              .filter(row -> row.live() && include.test(row))
              .limit(page.fetchSize())
              .map(this::view)
              .toList();
        });
  }

  /** The row as lists show it; called inside {@code locked(...)}. */
  PostView view(PostRow row) {
    Post post = row.post();
    User author = tables.users.get(post.authorId());
    return new PostView(
        post.id(),
        author.id(),
        author.username(),
        post.text(),
        post.publishedAt(),
        row.warning(),
        tables.likeCount(post.id()),
        tables.replyCount(post.id()),
        tables.boostCount(post.id()),
        row.editedAt(),
        row.language());
  }
}
