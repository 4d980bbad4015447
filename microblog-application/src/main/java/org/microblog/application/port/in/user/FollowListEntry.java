package org.microblog.application.port.in.user;

import java.util.Objects;

/**
 * One person in a list of followers or of followed accounts.
 *
 * @param position where the follow stands in the list (newer follows are higher); a page's cursor
 * @param person the follower or the followed account, as anyone sees them
 */
public record FollowListEntry(long position, ProfileView person) {
  public FollowListEntry {
    Objects.requireNonNull(person, "person");
  }
}
