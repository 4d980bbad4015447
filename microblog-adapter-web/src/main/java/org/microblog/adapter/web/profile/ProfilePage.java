package org.microblog.adapter.web.profile;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.microblog.adapter.web.card.PostCards;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.Pagination;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;

/** A user's profile page; also shown again, with a message, when a follow is refused. */
@Singleton
final class ProfilePage {
  private static final String VIEW = "profile/show";
  private final ProfileQuery profiles;
  private final TimelineQuery timelines;
  private final AccountQuery accounts;
  private final PostCards cards;

  ProfilePage(
      ProfileQuery profiles, TimelineQuery timelines, AccountQuery accounts, PostCards cards) {
    this.profiles = profiles;
    this.timelines = timelines;
    this.accounts = accounts;
    this.cards = cards;
  }

  HttpResponse<?> show(String username, Optional<Viewer> viewer, PageRequest request) {
    return HttpResponse.ok(new ModelAndView<>(VIEW, model(username, viewer, request).asMap()));
  }

  /** The profile with the refusal's sentence above its buttons. */
  HttpResponse<?> refused(String username, Viewer viewer, HttpStatus status, FormErrors errors) {
    PageModel model =
        model(username, Optional.of(viewer), PageRequest.first())
            .with("error", errors.first().orElseThrow());
    return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model.asMap()));
  }

  private boolean ownerVerified(ProfileView profile) {
    return accounts.account(profile.id()).map(AccountView::emailVerified).orElse(true);
  }

  private PageModel model(String username, Optional<Viewer> viewer, PageRequest request) {
    ProfileView profile =
        profiles
            .profile(UsernamePath.parse(username), viewer.map(Viewer::id))
            .orElseThrow(UsernamePath::unknown);
    Page<PostView> page = timelines.postsBy(profile.id(), request);
    String name = profile.username().value();
    boolean self = viewer.map(v -> v.id().equals(profile.id())).orElse(false);
    // Read with the profile: the Block/Unblock and Mute/Unmute buttons cost no statement.
    Relation relation = profile.relation();
    return PageModel.of("profile", profile)
        .with("name", name)
        .with("profileUrl", Links.profile(name))
        .with("avatarUrl", Links.avatar(name))
        .with("memberSince", Timestamp.of(profile.memberSince()))
        .with("lastSeen", Timestamp.of(profile.lastSeen()))
        .with("followersLabel", profile.followers() == 1 ? "follower" : "followers")
        .with("postsLabel", profile.posts() == 1 ? "post" : "posts")
        .with("self", self)
        // Only the owner learns that their address is unverified; nobody ever sees the address.
        .with("unverified", self && !ownerVerified(profile))
        .with("canFollow", viewer.isPresent() && !self && !relation.blocks())
        .with("canBlock", viewer.isPresent() && !self)
        .with("relation", relation)
        .with("posts", cards.of(page.items(), viewer))
        .with("pagination", Pagination.of(Links.profile(name), page));
  }
}
