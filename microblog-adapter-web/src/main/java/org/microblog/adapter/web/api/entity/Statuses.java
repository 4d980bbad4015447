package org.microblog.adapter.web.api.entity;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Statuses of one answer: asks once which mentions link and whose accounts they are (as the post
 * cards do; the same read gives each status its mentions) and once for the profiles of all authors
 * not already known, however many posts and authors it shows.
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
    MentionLinks links =
        cards.mentionLinks(
            mentions(posts), posts.stream().map(PostView::authorId).distinct().toList());
    Map<UserId, AccountJson> authors = new HashMap<>();
    known.forEach((id, profile) -> authors.put(id, accounts.toJson(profile)));
    Set<UserId> unknown =
        posts.stream()
            .map(PostView::authorId)
            .filter(id -> !authors.containsKey(id))
            .collect(Collectors.toSet());
    profiles.profiles(unknown).forEach(p -> authors.put(p.id(), accounts.toJson(p)));
    // An author who deleted their account since the posts were read: their posts go with them.
    return posts.stream()
        .filter(post -> authors.containsKey(post.authorId()))
        .map(
            post -> statuses.toJson(post, authors.get(post.authorId()), parents.apply(post), links))
        .toList();
  }

  /**
   * Statuses as a logged-in reader sees them: with whether they like and boost each, asked once for
   * the whole list.
   */
  public List<StatusJson> forReader(
      UserId reader,
      List<PostView> posts,
      Map<UserId, ProfileView> known,
      Function<PostView, StatusMapper.Parent> parents) {
    List<StatusJson> plain = of(posts, known, parents);
    ReaderInteractions done = cards.interactions(reader, posts.stream().map(PostView::id).toList());
    return plain.stream()
        .map(
            status -> {
              PostId id = new PostId(Long.parseLong(status.id()));
              return status.forReader(done.likes(id), done.boosts(id));
            })
        .toList();
  }

  private static List<Username> mentions(List<PostView> posts) {
    return distinctMentions(posts.stream().map(PostView::text));
  }

  /** The names that these texts mention, each once (ignoring case), in the order first met. */
  static List<Username> distinctMentions(Stream<PostText> texts) {
    return List.copyOf(
        texts
            .flatMap(text -> ParsedText.of(text).mentions().stream())
            .collect(
                Collectors.toMap(
                    Username::canonical, Function.identity(), (a, b) -> a, LinkedHashMap::new))
            .values());
  }
}
