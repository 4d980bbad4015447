package org.microblog.application.port.in.post;

import java.util.Collection;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * What a page of post cards needs beyond the posts, asked once per page rather than once per post:
 * which mentioned people exist (their mentions become links) and which of the posts the reader
 * likes and boosts.
 */
public interface PostCardsQuery {
  /**
   * Which of {@code mentioned} link from the posts of {@code authors}: those that belong to
   * accounts, less those across a block from the post's author. One read.
   */
  MentionLinks mentionLinks(Collection<Username> mentioned, Collection<UserId> authors);

  /** Which of {@code posts} {@code reader} likes and boosts, in one read. */
  ReaderInteractions interactions(UserId reader, Collection<PostId> posts);
}
