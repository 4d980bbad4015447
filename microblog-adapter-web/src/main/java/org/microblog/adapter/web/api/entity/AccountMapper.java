package org.microblog.adapter.web.api.entity;

import jakarta.inject.Singleton;
import java.util.List;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.view.HtmlEscaping;
import org.microblog.adapter.web.view.Links;
import org.microblog.application.port.in.user.ProfileView;

/**
 * A public profile as Mastodon's Account: the note is the escaped "about me" in a paragraph, the
 * avatar is the generated one (also the header until headers exist), the statuses count the stored
 * count of posts, replies and boosts, and the last status a day, as Mastodon gives it.
 */
@Singleton
public final class AccountMapper {
  private static final HtmlEscaping ESCAPING = new HtmlEscaping();
  private final ApiUrls urls;

  AccountMapper(ApiUrls urls) {
    this.urls = urls;
  }

  public AccountJson toJson(ProfileView profile) {
    String name = profile.username().value();
    String url = urls.absolute(Links.profile(name));
    String avatar = urls.absolute(Links.avatar(name));
    return new AccountJson(
        Long.toString(profile.id().value()),
        name,
        name,
        name,
        false,
        false,
        true,
        false,
        ApiTime.of(profile.memberSince()),
        note(profile.about().value()),
        url,
        url,
        avatar,
        avatar,
        avatar,
        avatar,
        profile.followers(),
        profile.following(),
        profile.posts(),
        profile.lastPostAt().map(ApiTime::date).orElse(null),
        List.of(),
        List.of());
  }

  /** Escaped text in a paragraph, line breaks as {@code <br>}; empty when there is none. */
  static String note(String about) {
    if (about.isEmpty()) {
      return "";
    }
    return "<p>" + ESCAPING.escape(about).toString().replace("\n", "<br>") + "</p>";
  }
}
