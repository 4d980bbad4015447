package org.microblog.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.out.user.LikersAndBoostersPort;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * A post's likers (positioned by account id, as the database's primary key orders them) and
 * boosters (by boost id), keyset slices as the database reads them.
 */
public final class InMemoryLikersAndBoosters implements LikersAndBoostersPort {
  private final InMemoryTables tables;
  private final InMemoryUsers users;

  InMemoryLikersAndBoosters(InMemoryTables tables, InMemoryUsers users) {
    this.tables = tables;
    this.users = users;
  }

  @Override
  public List<FollowListEntry> likers(PostId post, Optional<UserId> viewer, PageRequest page) {
    return tables.locked(
        () ->
            slice(
                tables.likes.stream()
                    .filter(like -> like.postId().equals(post))
                    .map(like -> new Positioned(like.liker().value(), like.liker())),
                viewer,
                page));
  }

  @Override
  public List<FollowListEntry> boosters(PostId post, Optional<UserId> viewer, PageRequest page) {
    return tables.locked(
        () ->
            slice(
                tables.boosts.values().stream()
                    .filter(boost -> boost.postId().equals(post))
                    .map(boost -> new Positioned(boost.id(), boost.booster())),
                viewer,
                page));
  }

  private record Positioned(long position, UserId person) {}

  private List<FollowListEntry> slice(
      Stream<Positioned> all, Optional<UserId> viewer, PageRequest page) {
    boolean older = page.direction() == PageRequest.Direction.OLDER;
    Comparator<Positioned> order = Comparator.comparingLong(Positioned::position);
    List<Positioned> slice =
        all.filter(p -> older ? p.position() < page.cursor() : p.position() > page.cursor())
            .filter(p -> !tables.hides(viewer, p.person()))
            .sorted(older ? order.reversed() : order)
            .limit(page.fetchSize())
            .toList();
    Map<UserId, ProfileView> people =
        users.loadProfiles(slice.stream().map(Positioned::person).toList()).stream()
            .collect(Collectors.toMap(ProfileView::id, Function.identity()));
    return slice.stream()
        .filter(p -> people.containsKey(p.person()))
        .map(p -> new FollowListEntry(p.position(), people.get(p.person())))
        .toList();
  }
}
