package org.microblog.adapter.web.api.status;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.adapter.web.api.entity.StatusMapper.Parent;
import org.microblog.adapter.web.api.entity.Statuses;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.domain.post.PostId;

/**
 * One status and its context, from the thread query: ancestors are the posts it answers (oldest
 * first), descendants the first page of its direct replies. Deleted posts in the thread are left
 * out; a deleted post itself is not found.
 */
@Controller("/api/v1/statuses")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class StatusesController {
  private final ThreadQuery threads;
  private final Statuses statuses;

  StatusesController(ThreadQuery threads, Statuses statuses) {
    this.threads = threads;
    this.statuses = statuses;
  }

  @Get("/{id}")
  HttpResponse<StatusJson> status(
      @Nullable Authentication authentication, @PathVariable String id) {
    PostThread thread = thread(id, authentication);
    PostView post = thread.post().post().orElseThrow(ApiError.NotFound::new);
    return HttpResponse.ok(json(thread, List.of(post)).get(0));
  }

  @Get("/{id}/context")
  HttpResponse<Context> context(@Nullable Authentication authentication, @PathVariable String id) {
    PostThread thread = thread(id, authentication);
    thread.post().post().orElseThrow(ApiError.NotFound::new);
    List<PostView> ancestors = posts(thread.ancestors());
    List<PostView> replies = posts(thread.replies());
    List<PostView> all = new ArrayList<>(ancestors);
    all.addAll(replies);
    List<StatusJson> mapped = json(thread, all);
    return HttpResponse.ok(
        new Context(
            mapped.subList(0, ancestors.size()), mapped.subList(ancestors.size(), mapped.size())));
  }

  /** As the token's person sees it (not across a block, not muted); as anyone sees it without. */
  private PostThread thread(String id, Authentication authentication) {
    return threads
        .thread(new PostId(ApiIds.of(id)), ApiCaller.of(authentication).flatMap(ApiCaller::user), 0)
        .orElseThrow(ApiError.NotFound::new);
  }

  /** Each post with its parent: the thread says who answers whom. */
  private List<StatusJson> json(PostThread thread, List<PostView> posts) {
    Map<Long, Parent> parents = new HashMap<>();
    List<ThreadPost> chain = new ArrayList<>(thread.ancestors());
    chain.add(thread.post());
    for (int i = 1; i < chain.size(); i++) {
      parents.put(chain.get(i).id().value(), parent(chain.get(i - 1)));
    }
    for (ThreadPost reply : thread.replies()) {
      parents.put(reply.id().value(), parent(thread.post()));
    }
    return statuses.of(
        posts, Map.of(), post -> parents.getOrDefault(post.id().value(), Parent.NONE));
  }

  private static Parent parent(ThreadPost post) {
    return new Parent(
        Long.toString(post.id().value()),
        post.post().map(p -> Long.toString(p.authorId().value())).orElse(null));
  }

  private static List<PostView> posts(List<ThreadPost> items) {
    return items.stream().flatMap(item -> item.post().stream()).toList();
  }

  /** Mastodon's Context entity. */
  @Serdeable
  record Context(List<StatusJson> ancestors, List<StatusJson> descendants) {}
}
