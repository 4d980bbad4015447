package org.microblog.adapter.web.api.entity;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostHistoryView;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.post.PostVersion;

/**
 * A post's history as Mastodon's list of StatusEdits: every version oldest first, the current one
 * last (so a post never edited has one). Each version's content is built as a status's is; one read
 * asks which mentions of all the versions link, one reads the author.
 */
@Singleton
public final class StatusEdits {
  private final ProfileQuery profiles;
  private final PostCardsQuery cards;
  private final AccountMapper accounts;
  private final StatusMapper statuses;

  StatusEdits(
      ProfileQuery profiles, PostCardsQuery cards, AccountMapper accounts, StatusMapper statuses) {
    this.profiles = profiles;
    this.cards = cards;
    this.accounts = accounts;
    this.statuses = statuses;
  }

  public List<StatusEditJson> of(PostHistoryView history) {
    PostView post = history.post();
    List<PostVersion> versions = new ArrayList<>(history.earlier().versions());
    Collections.reverse(versions);
    versions.add(
        new PostVersion(
            post.id(), post.text(), post.warning(), post.editedAt().orElse(post.publishedAt())));
    // An author who deleted their account since the history was read: nothing is left to show.
    AccountJson author =
        profiles.profiles(Set.of(post.authorId())).stream()
            .findFirst()
            .map(accounts::toJson)
            .orElseThrow(ApiError.NotFound::new);
    Set<String> linkable =
        cards
            .mentionLinks(
                Statuses.distinctMentions(versions.stream().map(PostVersion::text)),
                List.of(post.authorId()))
            .linkableFrom(post.authorId());
    return versions.stream()
        .map(
            version ->
                new StatusEditJson(
                    statuses.content(ParsedText.of(version.text()), linkable),
                    version.contentWarning().value(),
                    !version.contentWarning().isEmpty(),
                    ApiTime.of(version.writtenAt()),
                    author,
                    List.of(),
                    List.of()))
        .toList();
  }
}
