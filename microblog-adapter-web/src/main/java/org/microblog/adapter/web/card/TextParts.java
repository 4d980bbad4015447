package org.microblog.adapter.web.card;

import java.util.List;
import java.util.Set;
import org.microblog.adapter.web.view.Links;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.post.Token;

/**
 * Turns parsed post text into {@link TextPart}s: a mention links to the profile when the account
 * exists; a tag links to its page; a link becomes a link with {@code rel="nofollow noopener ugc"};
 * everything else is plain text.
 */
public final class TextParts {
  private TextParts() {}

  /**
   * @param existingAccounts the canonical names of the mentioned people who have accounts
   */
  public static List<TextPart> of(ParsedText text, Set<String> existingAccounts) {
    return text.tokens().stream().map(token -> part(token, existingAccounts)).toList();
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
