package org.microblog.application.inmemory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.out.user.FollowListPort;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.user.UserId;

/**
 * Who follows whom, in memory: a set, so following or unfollowing twice changes nothing. Each new
 * follow takes the next position, as the database's follow ids, for the lists' keyset pages.
 */
public final class InMemoryFollows implements FollowPort, FollowListPort {
  private final InMemoryTables tables;
  private final InMemoryUsers users;
  // Only read or written inside tables.locked(...); a follow that went keeps a stale entry until it
  // comes back with a new position.
  private final Map<Follow, Long> positions = new HashMap<>();
  private long lastPosition;

  InMemoryFollows(InMemoryTables tables, InMemoryUsers users) {
    this.tables = tables;
    this.users = users;
  }

  @Override
  public void follow(Follow follow) {
    tables.locked(
        () -> {
          if (tables.follows.add(follow)) {
            positions.put(follow, ++lastPosition);
          }
        });
  }

  @Override
  public void unfollow(Follow follow) {
    tables.locked(() -> tables.follows.remove(follow));
  }

  @Override
  public List<FollowListEntry> followers(UserId user, PageRequest page) {
    return list(f -> f.followed().equals(user), Follow::follower, page);
  }

  @Override
  public List<FollowListEntry> following(UserId user, PageRequest page) {
    return list(f -> f.follower().equals(user), Follow::followed, page);
  }

  private List<FollowListEntry> list(
      Predicate<Follow> inList, Function<Follow, UserId> person, PageRequest page) {
    boolean older = page.direction() == PageRequest.Direction.OLDER;
    Comparator<Follow> outwards = Comparator.comparingLong(positions::get);
    return tables.locked(
        () -> {
          List<Follow> slice =
              tables.follows.stream()
                  .filter(inList)
                  .filter(
                      f ->
                          older
                              ? positions.get(f) < page.cursor()
                              : positions.get(f) > page.cursor())
                  .sorted(older ? outwards.reversed() : outwards)
                  .limit(page.fetchSize())
                  .toList();
          Map<UserId, ProfileView> people = new HashMap<>();
          users
              .loadProfiles(slice.stream().map(person).toList())
              .forEach(profile -> people.put(profile.id(), profile));
          return slice.stream()
              .map(f -> new FollowListEntry(positions.get(f), people.get(person.apply(f))))
              .toList();
        });
  }

  @Override
  public List<UserId> followees(UserId follower, int limit) {
    return tables.locked(
        () ->
            tables.follows.stream()
                .filter(f -> f.follower().equals(follower))
                .map(Follow::followed)
                .limit(limit)
                .toList());
  }
}
