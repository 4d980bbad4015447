package org.microblog.adapter.web.profile;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.card.PostCards;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.language.LanguageResolver;
import org.microblog.adapter.web.login.CurrentViewer;
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
import org.microblog.domain.user.Language;

/**
 * A user's profile page; also shown again, with a message, when a follow is refused. Its counts are
 * written as the reader's language writes numbers ("1.234" in Spanish), and the notice of a block
 * or mute just done ({@code ?done=blocked}) in the reader's language too.
 */
@Singleton
final class ProfilePage {
  private static final String VIEW = "profile/show";
  private final ProfileQuery profiles;
  private final TimelineQuery timelines;
  private final AccountQuery accounts;

  /** The notices that {@code BlockController} names in {@code ?done=}, each with its sentence. */
  private static final Map<String, Phrase> DONE =
      Map.of(
          "blocked", Phrase.of("profile.done.blocked"),
          "unblocked", Phrase.of("profile.done.unblocked"),
          "muted", Phrase.of("profile.done.muted"),
          "unmuted", Phrase.of("profile.done.unmuted"));

  private final PostCards cards;
  private final LanguageResolver languages;

  ProfilePage(
      ProfileQuery profiles,
      TimelineQuery timelines,
      AccountQuery accounts,
      PostCards cards,
      LanguageResolver languages) {
    this.profiles = profiles;
    this.timelines = timelines;
    this.accounts = accounts;
    this.cards = cards;
    this.languages = languages;
  }

  /** The profile as {@code request}'s reader sees it, with the notice its {@code done} names. */
  HttpResponse<?> show(HttpRequest<?> request, String username, PageRequest page) {
    PageModel model =
        model(username, CurrentViewer.of(request), page, languages.of(request))
            .with("notice", notice(request.getParameters().get("done")));
    return HttpResponse.ok(new ModelAndView<>(VIEW, model.asMap()));
  }

  /** The profile with the refusal's sentence above its buttons. */
  HttpResponse<?> refused(
      HttpRequest<?> request,
      String username,
      Viewer viewer,
      HttpStatus status,
      FormErrors errors) {
    PageModel model =
        model(username, Optional.of(viewer), PageRequest.first(), languages.of(request))
            .with("error", errors.first().orElseThrow());
    return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model.asMap()));
  }

  private static Phrase notice(String done) {
    return done == null ? null : DONE.get(done);
  }

  private static String count(long count, Language language) {
    return NumberFormat.getIntegerInstance(language.locale()).format(count);
  }

  private boolean ownerVerified(ProfileView profile) {
    return accounts.account(profile.id()).map(AccountView::emailVerified).orElse(true);
  }

  private PageModel model(
      String username, Optional<Viewer> viewer, PageRequest request, Language language) {
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
        .with("followers", count(profile.followers(), language))
        .with("following", count(profile.following(), language))
        .with("postCount", count(profile.posts(), language))
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
