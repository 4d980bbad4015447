package org.microblog.application.service.user;

import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.LikersAndBoostersQuery;
import org.microblog.application.port.out.post.LoadThreadPort;
import org.microblog.application.port.out.user.LikersAndBoostersPort;
import org.microblog.application.service.timeline.Pages;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Two bounded reads: whether the viewer sees the post (its own link of the thread chain, as a
 * thread finds it), then one keyset page of the people.
 */
public final class LikersAndBoostersService implements LikersAndBoostersQuery {
  private final LoadThreadPort threads;
  private final LikersAndBoostersPort people;

  public LikersAndBoostersService(LoadThreadPort threads, LikersAndBoostersPort people) {
    this.threads = threads;
    this.people = people;
  }

  @Override
  public Optional<Page<FollowListEntry>> likers(
      PostId post, Optional<UserId> viewer, PageRequest page) {
    if (!visible(post, viewer)) {
      return Optional.empty();
    }
    return Optional.of(
        Pages.of(people.likers(post, viewer, page), page, FollowListEntry::position));
  }

  @Override
  public Optional<Page<FollowListEntry>> boosters(
      PostId post, Optional<UserId> viewer, PageRequest page) {
    if (!visible(post, viewer)) {
      return Optional.empty();
    }
    return Optional.of(
        Pages.of(people.boosters(post, viewer, page), page, FollowListEntry::position));
  }

  /** A live post whose author is not hidden from the viewer: the chain ends with it. */
  private boolean visible(PostId post, Optional<UserId> viewer) {
    List<ThreadPost> chain = threads.chain(post, viewer, 1);
    if (chain.isEmpty()) {
      return false;
    }
    ThreadPost last = chain.get(chain.size() - 1);
    return last.id().equals(post) && last.post().isPresent();
  }
}
