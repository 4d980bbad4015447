package org.microblog.adapter.web.api.me;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountMapper;
import org.microblog.adapter.web.api.entity.ApiTime;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.adapter.web.api.entity.StatusMapper;
import org.microblog.adapter.web.api.entity.Statuses;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Entries of a home timeline as statuses, for the timeline's pages and the user stream alike: a
 * boost shows as Mastodon shows it, a status of the booster's that carries the boosted one, with
 * the boost's place as its id.
 */
@Singleton
public final class HomeStatuses {
  private final Statuses statuses;
  private final ProfileQuery profiles;
  private final AccountMapper accounts;

  HomeStatuses(Statuses statuses, ProfileQuery profiles, AccountMapper accounts) {
    this.statuses = statuses;
    this.profiles = profiles;
    this.accounts = accounts;
  }

  /** The entries' statuses in the entries' order; an entry whose post has gone is left out. */
  public List<StatusJson> of(UserId reader, List<TimelineEntry> entries) {
    List<PostView> posts = entries.stream().map(TimelineEntry::post).toList();
    List<StatusJson> plain =
        statuses.forReader(reader, posts, Map.of(), post -> StatusMapper.Parent.NONE);
    Map<String, StatusJson> byId = new HashMap<>();
    plain.forEach(status -> byId.put(status.id(), status));
    Map<String, AccountJson> boosters = boosters(entries);
    List<StatusJson> shown = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      StatusJson status = byId.get(Long.toString(entry.post().id().value()));
      if (status == null) {
        continue;
      }
      Optional<AccountJson> booster = entry.boostedBy().map(name -> boosters.get(name.canonical()));
      shown.add(
          booster.isPresent() && booster.get() != null
              ? StatusJson.boost(
                  Long.toString(entry.position()),
                  ApiTime.of(entry.post().publishedAt()),
                  booster.get(),
                  status)
              : status);
    }
    return shown;
  }

  /** The accounts of the boosters: at most one read per distinct booster. */
  private Map<String, AccountJson> boosters(List<TimelineEntry> entries) {
    Map<String, AccountJson> found = new HashMap<>();
    entries.stream()
        .flatMap(entry -> entry.boostedBy().stream())
        .map(Username::canonical)
        .distinct()
        .forEach(
            name ->
                profiles
                    .profile(new Username(name), Optional.empty())
                    .ifPresent(profile -> found.put(name, accounts.toJson(profile))));
    return found;
  }
}
