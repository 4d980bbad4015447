package org.microblog.application.inmemory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.microblog.application.inmemory.InMemoryTables.BoostRow;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.user.UserId;

/**
 * One reader's home timeline over the rows in memory, with the database's semantics: the circle is
 * the reader and whom they follow; each post the circle wrote or boosted shows once, at its newest
 * entry (the newest boost by the circle, else the post itself), whatever page the cursor asks for.
 * Built and read inside {@code tables.locked(...)}.
 */
final class InMemoryHomeTimeline {
  /** An entry before the newest-per-post rule: a position, the post, and who boosted it. */
  private record Candidate(long position, PostRow row, Optional<UserId> booster) {}

  private final InMemoryTables tables;
  private final InMemoryPosts posts;
  private final Set<UserId> circle;
  private final Optional<UserId> reader;

  InMemoryHomeTimeline(InMemoryTables tables, InMemoryPosts posts, UserId reader) {
    this.tables = tables;
    this.posts = posts;
    this.reader = Optional.of(reader);
    this.circle =
        Stream.concat(
                Stream.of(reader),
                tables.follows.stream()
                    .filter(follow -> follow.follower().equals(reader))
                    .map(Follow::followed))
            .collect(Collectors.toSet());
  }

  List<TimelineEntry> slice(PageRequest page) {
    boolean older = page.direction() == PageRequest.Direction.OLDER;
    Comparator<Candidate> outwards = Comparator.comparingLong(Candidate::position);
    return newestPerPost().stream()
        .filter(c -> older ? c.position() < page.cursor() : c.position() > page.cursor())
        .sorted(older ? outwards.reversed() : outwards)
        .limit(page.fetchSize())
        .map(this::entry)
        .toList();
  }

  private List<Candidate> newestPerPost() {
    Map<Long, Candidate> newest = new HashMap<>();
    Stream.concat(ownPosts(), boosts())
        .forEach(c -> newest.merge(c.row().post().id().value(), c, InMemoryHomeTimeline::newer));
    return List.copyOf(newest.values());
  }

  private Stream<Candidate> ownPosts() {
    return tables.posts.values().stream()
        .filter(row -> row.live() && circle.contains(row.post().authorId()))
        .filter(row -> !tables.hides(reader, row.post().authorId()))
        .map(row -> new Candidate(row.post().id().value(), row, Optional.empty()));
  }

  private Stream<Candidate> boosts() {
    return tables.boosts.values().stream()
        .filter(boost -> circle.contains(boost.booster()))
        .filter(boost -> !tables.hides(reader, boost.booster()))
        .flatMap(this::boosted);
  }

  private Stream<Candidate> boosted(BoostRow boost) {
    return Optional.ofNullable(tables.posts.get(boost.postId().value()))
        .filter(PostRow::live)
        .filter(row -> !tables.hides(reader, row.post().authorId()))
        .map(row -> new Candidate(boost.id(), row, Optional.of(boost.booster())))
        .stream();
  }

  private static Candidate newer(Candidate a, Candidate b) {
    return a.position() >= b.position() ? a : b;
  }

  private TimelineEntry entry(Candidate candidate) {
    var view = posts.view(candidate.row());
    return candidate
        .booster()
        .map(b -> TimelineEntry.boosted(candidate.position(), view, tables.users.get(b).username()))
        .orElseGet(() -> TimelineEntry.of(view));
  }
}
