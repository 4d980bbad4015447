package org.microblog.application.service.user;

import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.FollowListQuery;
import org.microblog.application.port.out.user.FollowListPort;
import org.microblog.application.service.timeline.Pages;
import org.microblog.domain.user.UserId;

/**
 * Pages through follow lists as timelines page through posts: by keyset on the follow's position.
 */
public final class FollowListService implements FollowListQuery {
  private final FollowListPort lists;

  public FollowListService(FollowListPort lists) {
    this.lists = lists;
  }

  @Override
  public Page<FollowListEntry> followers(UserId user, PageRequest page) {
    return Pages.of(lists.followers(user, page), page, FollowListEntry::position);
  }

  @Override
  public Page<FollowListEntry> following(UserId user, PageRequest page) {
    return Pages.of(lists.following(user, page), page, FollowListEntry::position);
  }
}
