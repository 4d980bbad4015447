package org.microblog.application.port.in.user;

import java.time.Instant;
import java.util.Objects;
import org.microblog.application.port.in.block.Relation;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * A user's public profile as one viewer sees it.
 *
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
    boolean viewerFollows,
    Relation relation) {

  public ProfileView {
    Objects.requireNonNull(relation, "relation");
  }

  /** As anonymous viewers, and lists of many profiles, see it: no relation. */
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
