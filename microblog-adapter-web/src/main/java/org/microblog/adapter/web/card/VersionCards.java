package org.microblog.adapter.web.card;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostView;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.user.Username;

/**
 * Cards for a post's versions: every version parsed once, and one read for which mentioned people
 * exist, however many versions there are.
 */
@Singleton
public final class VersionCards {
  private final PostCardsQuery query;

  VersionCards(PostCardsQuery query) {
    this.query = query;
  }

  /** The post's current words first, then {@code earlier} in the order given. */
  public List<VersionCard> of(PostView current, List<PostVersion> earlier) {
    List<PostVersion> all = new ArrayList<>();
    all.add(
        new PostVersion(
            current.id(),
            current.text(),
            current.warning(),
            current.editedAt().orElse(current.publishedAt())));
    all.addAll(earlier);
    List<ParsedText> texts = all.stream().map(version -> ParsedText.of(version.text())).toList();
    Map<String, Username> mentioned = new LinkedHashMap<>();
    texts.forEach(
        text -> text.mentions().forEach(name -> mentioned.putIfAbsent(name.canonical(), name)));
    // Every version has the post's author: one author to ask about.
    var existing =
        query
            .mentionLinks(List.copyOf(mentioned.values()), List.of(current.authorId()))
            .linkableFrom(current.authorId());
    List<VersionCard> cards = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      PostVersion version = all.get(i);
      cards.add(
          new VersionCard(
              Timestamp.of(version.writtenAt()),
              version.contentWarning().value(),
              TextParts.of(texts.get(i), existing)));
    }
    return List.copyOf(cards);
  }
}
