package org.microblog.application.service.timeline;

import java.util.List;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.domain.user.UserId;

/** Pages through home timelines, explore and profiles by keyset. */
public final class TimelineService implements TimelineQuery {
  private final LoadTimelinePort timelines;

  public TimelineService(LoadTimelinePort timelines) {
    this.timelines = timelines;
  }

  @Override
  public Page<PostView> homeTimeline(UserId reader, PageRequest page) {
    return page(timelines.homeTimeline(reader, page), page);
  }

  @Override
  public Page<PostView> explore(PageRequest page) {
    return page(timelines.explore(page), page);
  }

  @Override
  public Page<PostView> postsBy(UserId author, PageRequest page) {
    return page(timelines.postsBy(author, page), page);
  }

  private static Page<PostView> page(List<PostView> rows, PageRequest request) {
    return Pages.of(rows, request, post -> post.id().value());
  }
}
