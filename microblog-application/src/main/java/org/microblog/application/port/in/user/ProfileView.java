package org.microblog.application.port.in.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.application.port.in.block.Relation;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * A user's public profile as one viewer sees it.
 *
 * @param posts how many posts, replies and boosts the user has (Mastodon's {@code statuses_count},
 *     boosts included as there), stored and kept with each change like the follow counts
 * @param lastPostAt when the user last posted or boosted, if ever; like Mastodon's {@code
 *     last_status_at} it does not move back when that post goes
 * @param viewerFollows whether the person looking follows this user (false when anonymous)
 * @param relation where the person looking stands with this user: blocks, blocked by, mutes ({@link
 *     Relation#NONE} when anonymous or oneself); read with the profile, so its buttons cost nothing
 */
public record ProfileView(
    UserId id,
    Username username,
    AboutMe about,
    Instant memberSince,
    Instant lastSeen,
    long followers,
    long following,
    long posts,
    Optional<Instant> lastPostAt,
    boolean viewerFollows,
    Relation relation) {

  public ProfileView {
    Objects.requireNonNull(lastPostAt, "lastPostAt");
    Objects.requireNonNull(relation, "relation");
  }

  /** Someone who has not posted yet, as one viewer sees them. */
  public ProfileView(
      UserId id,
      Username username,
      AboutMe about,
      Instant memberSince,
      Instant lastSeen,
      long followers,
      long following,
      boolean viewerFollows,
      Relation relation) {
    this(
        id,
        username,
        about,
        memberSince,
        lastSeen,
        followers,
        following,
        0,
        Optional.empty(),
        viewerFollows,
        relation);
  }

  /** Someone who has not posted yet, as anonymous viewers, and lists of many profiles, see it. */
  public ProfileView(
      UserId id,
      Username username,
      AboutMe about,
      Instant memberSince,
      Instant lastSeen,
      long followers,
      long following,
      boolean viewerFollows) {
    this(
        id,
        username,
        about,
        memberSince,
        lastSeen,
        followers,
        following,
        viewerFollows,
        Relation.NONE);
  }
}
