package org.microblog.adapter.web.api.me;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountMapper;
import org.microblog.adapter.web.api.entity.ApiTime;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Notifications as Mastodon's entities, for the notification list and the user stream alike: the
 * actors read at once, each post once; a notification whose actor or post has gone is left out.
 */
@Singleton
public final class ApiNotifications {
  private final ProfileQuery profiles;
  private final AccountMapper accounts;
  private final OneStatus oneStatus;

  ApiNotifications(ProfileQuery profiles, AccountMapper accounts, OneStatus oneStatus) {
    this.profiles = profiles;
    this.accounts = accounts;
    this.oneStatus = oneStatus;
  }

  public List<NotificationJson> of(UserId me, List<NotificationView> items) {
    Map<UserId, AccountJson> actors = new HashMap<>();
    profiles
        .profiles(items.stream().map(NotificationView::actorId).collect(Collectors.toSet()))
        .forEach(profile -> actors.put(profile.id(), accounts.toJson(profile)));
    Map<PostId, StatusJson> posts = new HashMap<>();
    List<NotificationJson> shown = new ArrayList<>();
    for (NotificationView item : items) {
      AccountJson actor = actors.get(item.actorId());
      if (actor == null) {
        continue;
      }
      StatusJson status = item.post().map(post -> status(posts, post, me)).orElse(null);
      if (item.kind().aboutPost() && status == null) {
        continue;
      }
      shown.add(
          new NotificationJson(
              Long.toString(item.id()),
              NotificationTypes.name(item.kind()),
              ApiTime.of(item.occurredAt()),
              actor,
              status));
    }
    return shown;
  }

  /** Each post once (the notifications of one post share it). */
  private StatusJson status(Map<PostId, StatusJson> known, PostId post, UserId me) {
    if (!known.containsKey(post)) {
      StatusJson found;
      try {
        found = oneStatus.of(post, me);
      } catch (ApiError.NotFound gone) {
        found = null;
      }
      known.put(post, found);
    }
    return known.get(post);
  }
}
