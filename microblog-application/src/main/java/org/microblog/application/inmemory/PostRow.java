package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostEdit;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.post.Tag;

/**
 * A stored post and the token of the form it was written in, as the posts table keeps it, with its
 * content warning, the post it answers, whether it is a tombstone (deleted, but answered) and the
 * {@link org.microblog.domain.post.Tag#key()}s it is filed under, when it was last edited and its
 * language.
 */
record PostRow(
    Post post,
    Optional<FormToken> formToken,
    ContentWarning warning,
    Optional<PostId> inReplyTo,
    boolean deleted,
    Set<String> tagKeys,
    Optional<Instant> editedAt,
    Optional<PostLanguage> language) {

  PostRow(
      Post post,
      Optional<FormToken> formToken,
      ContentWarning warning,
      Optional<PostId> inReplyTo,
      boolean deleted,
      Set<String> tagKeys,
      Optional<Instant> editedAt) {
    this(post, formToken, warning, inReplyTo, deleted, tagKeys, editedAt, Optional.empty());
  }

  PostRow(
      Post post,
      Optional<FormToken> formToken,
      ContentWarning warning,
      Optional<PostId> inReplyTo,
      boolean deleted,
      Set<String> tagKeys) {
    this(post, formToken, warning, inReplyTo, deleted, tagKeys, Optional.empty());
  }

  PostRow {
    tagKeys = Set.copyOf(tagKeys);
  }

  /** What a tombstone keeps: its place in the thread, no words and no tags. */
  PostRow tombstone() {
    return new PostRow(
        post, formToken, ContentWarning.none(), inReplyTo, true, Set.of(), editedAt, language);
  }

  /** As ON DELETE SET NULL leaves it when the post it answered went. */
  PostRow answeringNothing() {
    return new PostRow(
        post, formToken, warning, Optional.empty(), deleted, tagKeys, editedAt, language);
  }

  /** The post now says what the edit made current, since then, filed under its new tags. */
  PostRow edited(PostEdit.Edited edit) {
    PostVersion current = edit.current();
    Post changed = new Post(post.id(), post.authorId(), current.text(), post.publishedAt());
    return new PostRow(
        changed,
        formToken,
        current.contentWarning(),
        inReplyTo,
        deleted,
        edit.tags().stream().map(Tag::key).collect(Collectors.toSet()),
        Optional.of(current.writtenAt()),
        language);
  }

  /** What the post says now, and since when. */
  PostVersion currentVersion() {
    return new PostVersion(post.id(), post.text(), warning, editedAt.orElse(post.publishedAt()));
  }

  boolean live() {
    return !deleted;
  }
}
