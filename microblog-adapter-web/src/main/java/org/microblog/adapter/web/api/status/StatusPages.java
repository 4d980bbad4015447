package org.microblog.adapter.web.api.status;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.adapter.web.api.entity.Statuses;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.user.UserId;

/**
 * The answer for a page of a list of posts: the statuses shown (those newer than {@code since_id}
 * left out) and Mastodon's {@code Link} header to the neighbouring pages of the list at {@code
 * path}.
 */
@Singleton
public final class StatusPages {
  private final Statuses statuses;
  private final ApiUrls urls;

  StatusPages(Statuses statuses, ApiUrls urls) {
    this.statuses = statuses;
    this.urls = urls;
  }

  public MutableHttpResponse<List<StatusJson>> of(
      String path, ApiPaging paging, Page<PostView> page, Map<UserId, ProfileView> known) {
    List<PostView> shown = paging.trim(page.items(), post -> post.id().value());
    MutableHttpResponse<List<StatusJson>> response = HttpResponse.ok(statuses.of(shown, known));
    String link =
        ApiPaging.link(
            urls.absolute(path), page, shown.stream().map(post -> post.id().value()).toList());
    return link == null ? response : response.header("Link", link);
  }
}
