package org.microblog.application.port.out.post;

import java.util.Collection;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/** What one reader did to the posts of a page (likes, boosts): one read, however many posts. */
public interface ReaderInteractionsPort {
  ReaderInteractions interactions(UserId reader, Collection<PostId> posts);
}
