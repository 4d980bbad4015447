package org.microblog.application.port.in.user;

import java.util.Objects;

/**
 * One person in a list of people: followers, followed accounts, and a post's likers and boosters.
 *
 * @param position where the person stands in the list (newer follows and boosts are higher); a
 *     page's cursor
 * @param person the follower, the followed account, the liker or the booster, as anyone sees them
 */
public record FollowListEntry(long position, ProfileView person) {
  public FollowListEntry {
    Objects.requireNonNull(person, "person");
  }
}
