package org.microblog.adapter.web.card;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.user.Username;

/**
 * Builds the cards of one page: parses every post once, then asks in one go which mentioned people
 * exist, and in one more which posts the viewer likes and boosts, so a page costs the same few
 * reads however many posts it shows.
 */
@Singleton
public final class PostCards {
  private final PostCardsQuery query;

  PostCards(PostCardsQuery query) {
    this.query = query;
  }

  public List<PostCard> of(List<PostView> posts, Optional<Viewer> viewer) {
    return of(posts, viewer, Set.of());
  }

  /**
   * Cards of search results: the words searched for marked in each post's text.
   *
   * @param highlighted normal forms of the words to mark ({@code SearchQuery.wantedWords()})
   */
  public List<PostCard> of(List<PostView> posts, Optional<Viewer> viewer, Set<String> highlighted) {
    return cards(posts.stream().map(ThreadPost::of).toList(), viewer, highlighted);
  }

  /** Cards of a home timeline's entries: a post placed by a boost says who boosted it. */
  public List<PostCard> ofEntries(List<TimelineEntry> entries, Optional<Viewer> viewer) {
    List<PostCard> cards = of(entries.stream().map(TimelineEntry::post).toList(), viewer);
    List<PostCard> placed = new ArrayList<>(cards.size());
    for (int i = 0; i < cards.size(); i++) {
      PostCard card = cards.get(i);
      placed.add(
          entries
              .get(i)
              .boostedBy()
              .map(Username::value)
              .map(name -> card.boostedBy(new PostCard.Booster(name, Links.profile(name))))
              .orElse(card));
    }
    return placed;
  }

  /** Cards for posts and tombstones, in the order given. */
  public List<PostCard> ofThread(List<ThreadPost> items, Optional<Viewer> viewer) {
    return cards(items, viewer, Set.of());
  }

  private List<PostCard> cards(
      List<ThreadPost> items, Optional<Viewer> viewer, Set<String> highlighted) {
    List<PostView> posts = items.stream().flatMap(item -> item.post().stream()).toList();
    Map<PostId, ParsedText> texts =
        posts.stream()
            .collect(
                Collectors.toMap(
                    PostView::id,
                    post -> ParsedText.of(post.text()),
                    (a, b) -> a,
                    LinkedHashMap::new));
    MentionLinks links =
        query.mentionLinks(
            mentions(texts.values()), posts.stream().map(PostView::authorId).distinct().toList());
    ReaderInteractions interactions =
        viewer
            .map(v -> query.interactions(v.id(), List.copyOf(texts.keySet())))
            .orElse(ReaderInteractions.NONE);
    return items.stream()
        .map(
            item ->
                item.post()
                    .map(
                        post ->
                            card(
                                post,
                                TextParts.of(
                                    texts.get(post.id()),
                                    links.linkableFrom(post.authorId()),
                                    highlighted),
                                interactions,
                                viewer))
                    .orElseGet(() -> PostCard.tombstone(item.id().value())))
        .toList();
  }

  /** Everyone mentioned on the page, each once, in the order first mentioned. */
  private static List<Username> mentions(Collection<ParsedText> texts) {
    return List.copyOf(
        texts.stream()
            .flatMap(text -> text.mentions().stream())
            .collect(
                Collectors.toMap(
                    Username::canonical, Function.identity(), (a, b) -> a, LinkedHashMap::new))
            .values());
  }

  private static PostCard card(
      PostView post,
      List<TextPart> body,
      ReaderInteractions interactions,
      Optional<Viewer> viewer) {
    String author = post.author().value();
    long id = post.id().value();
    return new PostCard(
        id,
        false,
        PostCard.url(id),
        author,
        Links.profile(author),
        Links.avatar(author),
        body,
        post.warning().value(),
        Timestamp.of(post.publishedAt()),
        null,
        post.editedAt().map(Timestamp::of).orElse(null),
        viewer.map(v -> v.id().equals(post.authorId())).orElse(false),
        PostCard.Counts.of(post.replyCount(), post.likeCount(), post.boostCount()),
        viewer.isPresent(),
        interactions.likes(post.id()),
        interactions.boosts(post.id()),
        post.language().map(PostLanguage::code).orElse(null));
  }
}
