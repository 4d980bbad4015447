package org.microblog.adapter.web.api.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
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
 * Notifications as Mastodon's Notification entities: the actors in one profile read, each post
 * once. A notification whose actor or post is no longer shown is left out.
 */
@Singleton
final class NotificationEntities {
  private final ProfileQuery profiles;
  private final AccountMapper accounts;
  private final OneStatus oneStatus;

  NotificationEntities(ProfileQuery profiles, AccountMapper accounts, OneStatus oneStatus) {
    this.profiles = profiles;
    this.accounts = accounts;
    this.oneStatus = oneStatus;
  }

  List<NotificationJson> of(List<NotificationView> items, UserId me) {
    Map<UserId, AccountJson> actors = new HashMap<>();
    profiles
        .profiles(items.stream().map(NotificationView::actorId).collect(Collectors.toSet()))
        .forEach(profile -> actors.put(profile.id(), accounts.toJson(profile)));
    Map<PostId, StatusJson> posts = new HashMap<>();
    List<NotificationJson> body = new ArrayList<>();
    for (NotificationView item : items) {
      AccountJson actor = actors.get(item.actorId());
      if (actor == null) {
        continue;
      }
      StatusJson status = item.post().map(post -> status(posts, post, me)).orElse(null);
      if (item.kind().aboutPost() && status == null) {
        continue;
      }
      body.add(
          new NotificationJson(
              Long.toString(item.id()),
              NotificationTypes.name(item.kind()),
              ApiTime.of(item.occurredAt()),
              actor,
              status));
    }
    return body;
  }

  /** Each post once per page (the notifications of one post share it). */
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

  /** Mastodon's Notification entity. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record NotificationJson(
      String id, String type, String createdAt, AccountJson account, StatusJson status) {}
}
