package org.microblog.adapter.web.api.entity;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Statuses of one answer: asks once which mentioned people exist (as the post cards do) and reads
 * each distinct author's profile once for the embedded account.
 */
@Singleton
public final class Statuses {
  private final ProfileQuery profiles;
  private final PostCardsQuery cards;
  private final AccountMapper accounts;
  private final StatusMapper statuses;

  Statuses(
      ProfileQuery profiles, PostCardsQuery cards, AccountMapper accounts, StatusMapper statuses) {
    this.profiles = profiles;
    this.cards = cards;
    this.accounts = accounts;
    this.statuses = statuses;
  }

  /** Statuses of posts, none of them known to answer another (lists do not say). */
  public List<StatusJson> of(List<PostView> posts, Map<UserId, ProfileView> known) {
    return of(posts, known, post -> StatusMapper.Parent.NONE);
  }

  /** Statuses of posts, each with the post it answers where {@code parents} knows it. */
  public List<StatusJson> of(
      List<PostView> posts,
      Map<UserId, ProfileView> known,
      Function<PostView, StatusMapper.Parent> parents) {
    Set<String> existing = cards.existingAccounts(mentions(posts));
    Map<UserId, Optional<AccountJson>> authors = new HashMap<>();
    known.forEach((id, profile) -> authors.put(id, Optional.of(accounts.toJson(profile))));
    return posts.stream()
        .flatMap(
            post ->
                authors.computeIfAbsent(post.authorId(), id -> author(post)).stream()
                    .map(author -> statuses.toJson(post, author, parents.apply(post), existing)))
        .toList();
  }

  /** The author's account; empty when they deleted it since the posts were read. */
  private Optional<AccountJson> author(PostView post) {
    return profiles.profile(post.author(), Optional.empty()).map(accounts::toJson);
  }

  private static List<Username> mentions(List<PostView> posts) {
    return List.copyOf(
        posts.stream()
            .flatMap(post -> ParsedText.of(post.text()).mentions().stream())
            .collect(
                Collectors.toMap(
                    Username::canonical, Function.identity(), (a, b) -> a, LinkedHashMap::new))
            .values());
  }
}
