package org.microblog.adapter.web.post;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import java.util.Optional;
import org.microblog.domain.post.PostId;

/** Post ids from paths and forms. */
final class PostIds {
  private PostIds() {}

  /** A path's id; one that no post can have is an unknown post (404). */
  static PostId path(long id) {
    if (id <= 0) {
      throw PostId.unknown();
    }
    return new PostId(id);
  }

  /**
   * The hidden {@code inReplyTo} field: blank for a new thread. Anything but a positive number was
   * not written by our form, so it is a malformed request (400), not a rule to explain.
   */
  static Optional<PostId> replyField(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) {
        return Optional.of(new PostId(id));
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal below
    }
    throw new HttpStatusException(
        HttpStatus.BAD_REQUEST, "That request is malformed: the post to reply to is no post id.");
  }
}
