package org.microblog.adapter.web.api.me;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.user.UserId;

/**
 * Where the token's person stands with someone, as Mastodon's Relationship: the profile as they see
 * it says whether they follow and block or mute (one read), and the person's own profile as the
 * other sees it whether they are followed back (two more). Shared by following, blocking and
 * muting, which all answer it.
 */
@Singleton
final class Relationships {
  private final ProfileQuery profiles;

  Relationships(ProfileQuery profiles) {
    this.profiles = profiles;
  }

  RelationshipJson between(UserId me, ProfileView target) {
    Optional<ProfileView> seen = profiles.profile(target.username(), Optional.of(me));
    boolean following = seen.map(ProfileView::viewerFollows).orElse(false);
    Relation relation = seen.map(ProfileView::relation).orElse(Relation.NONE);
    boolean followedBy =
        !target.id().equals(me)
            && profiles.profiles(List.of(me)).stream()
                .findFirst()
                .flatMap(mine -> profiles.profile(mine.username(), Optional.of(target.id())))
                .map(ProfileView::viewerFollows)
                .orElse(false);
    return RelationshipJson.of(target.id().value(), following, followedBy, relation);
  }

  /** The public profile of the account an id path names; 404 for none. */
  ProfileView target(UserId id) {
    return profiles.profiles(List.of(id)).stream().findFirst().orElseThrow(ApiError.NotFound::new);
  }
}
