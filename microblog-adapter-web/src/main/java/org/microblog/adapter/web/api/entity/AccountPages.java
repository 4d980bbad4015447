package org.microblog.adapter.web.api.entity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.user.FollowListEntry;

/**
 * The answer for a page of a list of people (followers, followed accounts, a status's likers and
 * boosters): the accounts shown (those at or below {@code since_id} left out) and Mastodon's {@code
 * Link} header to the neighbouring pages of the list at {@code path}, whose cursors are the
 * entries' positions.
 */
@Singleton
public final class AccountPages {
  private final AccountMapper mapper;
  private final ApiUrls urls;

  AccountPages(AccountMapper mapper, ApiUrls urls) {
    this.mapper = mapper;
    this.urls = urls;
  }

  public MutableHttpResponse<List<AccountJson>> of(
      String path, ApiPaging paging, Page<FollowListEntry> page) {
    List<FollowListEntry> shown = paging.trim(page.items(), FollowListEntry::position);
    MutableHttpResponse<List<AccountJson>> response =
        HttpResponse.ok(shown.stream().map(entry -> mapper.toJson(entry.person())).toList());
    String link =
        ApiPaging.link(
            urls.absolute(path), page, shown.stream().map(FollowListEntry::position).toList());
    return link == null ? response : response.header("Link", link);
  }
}
