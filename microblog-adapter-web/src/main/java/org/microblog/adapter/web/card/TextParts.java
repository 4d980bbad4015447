package org.microblog.adapter.web.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.microblog.adapter.web.view.Links;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.post.Token;
import org.microblog.domain.search.Highlight;
import org.microblog.domain.search.SearchWords;

/**
 * Turns parsed post text into {@link TextPart}s: a mention links to the profile when the account
 * exists; a tag links to its page; a link becomes a link with {@code rel="nofollow noopener ugc"};
 * everything else is plain text.
 */
public final class TextParts {
  private TextParts() {}

  /**
   * @param existingAccounts the canonical names of the mentioned people whose mentions link: they
   *     have accounts and no block stands between them and the author
   */
  public static List<TextPart> of(ParsedText text, Set<String> existingAccounts) {
    return of(text, existingAccounts, Set.of());
  }

  /**
   * As {@link #of(ParsedText, Set)}, with the words a search looked for marked: in plain text each
   * such word as written, and a whole mention or tag whose name holds one.
   *
   * @param highlighted normal forms ({@link SearchWords#normalize}) of the words to mark
   */
  public static List<TextPart> of(
      ParsedText text, Set<String> existingAccounts, Set<String> highlighted) {
    if (highlighted.isEmpty()) {
      return text.tokens().stream().map(token -> part(token, existingAccounts)).toList();
    }
    List<TextPart> parts = new ArrayList<>();
    for (Token token : text.tokens()) {
      if (token instanceof Token.Plain plain) {
        Highlight.of(plain.text(), highlighted).stream()
            .map(p -> p.marked() ? TextPart.marked(p.text()) : TextPart.plain(p.text()))
            .forEach(parts::add);
      } else {
        boolean marked =
            !(token instanceof Token.Link)
                && SearchWords.of(token.source()).stream().anyMatch(highlighted::contains);
        parts.add(part(token, existingAccounts).markedIf(marked));
      }
    }
    return List.copyOf(parts);
  }

  private static TextPart part(Token token, Set<String> existingAccounts) {
    if (token instanceof Token.Mention mention
        && existingAccounts.contains(mention.username().canonical())) {
      return TextPart.link(mention.source(), Links.profile(mention.username().value()), null);
    }
    if (token instanceof Token.Hashtag hashtag) {
      return TextPart.link(hashtag.source(), Links.tag(hashtag.tag().name()), null);
    }
    if (token instanceof Token.Link link) {
      return TextPart.link(link.url(), link.url(), TextPart.USER_LINK_REL);
    }
    return TextPart.plain(token.source());
  }
}
