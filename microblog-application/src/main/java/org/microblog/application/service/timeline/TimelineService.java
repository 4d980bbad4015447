package org.microblog.application.service.timeline;

import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.UserId;

/**
 * Pages through home timelines, explore, profiles and tags by keyset. Home timelines page by their
 * entries' positions (a boost's id places a boosted post), the other lists by post id.
 */
public final class TimelineService implements TimelineQuery {
  private final LoadTimelinePort timelines;

  public TimelineService(LoadTimelinePort timelines) {
    this.timelines = timelines;
  }

  @Override
  public Page<TimelineEntry> homeTimeline(UserId reader, PageRequest page) {
    return Pages.of(timelines.homeTimeline(reader, page), page, TimelineEntry::position);
  }

  @Override
  public Page<PostView> explore(Optional<UserId> viewer, PageRequest page) {
    return page(timelines.explore(viewer, page), page);
  }

  @Override
  public Page<PostView> postsBy(UserId author, PageRequest page) {
    return page(timelines.postsBy(author, page), page);
  }

  @Override
  public Page<PostView> tagged(Tag tag, Optional<UserId> viewer, PageRequest page) {
    return page(timelines.tagged(tag, viewer, page), page);
  }

  private static Page<PostView> page(List<PostView> rows, PageRequest request) {
    return Pages.of(rows, request, post -> post.id().value());
  }
}
