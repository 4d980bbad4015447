package org.microblog.domain.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.microblog.domain.shared.Text;
import org.microblog.domain.user.Username;

/**
 * User text (a post body or a content warning) parsed into {@link Token}s for rendering: mentions
 * ({@code @name}), tags ({@code #tag}), {@code http(s)://} links and the plain text between them,
 * kept exactly as written. Parsing never fails and takes time linear in the text's length.
 */
public record ParsedText(List<Token> tokens) {
  public ParsedText {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
  }

  /** Parses any text; a missing value parses as no tokens. */
  public static ParsedText parse(String text) {
    return new ParsedText(TextScanner.scan(Text.orEmpty(text)));
  }

  public static ParsedText of(PostText text) {
    return parse(text.value());
  }

  public static ParsedText of(ContentWarning warning) {
    return parse(warning.value());
  }

  /** Everyone mentioned, each once (ignoring case), in the order first mentioned. */
  public List<Username> mentions() {
    Map<String, Username> distinct = new LinkedHashMap<>();
    for (Token token : tokens) {
      if (token instanceof Token.Mention mention) {
        distinct.putIfAbsent(mention.username().canonical(), mention.username());
      }
    }
    return List.copyOf(distinct.values());
  }

  /** Every tag, each once by {@link Tag#key()}, as first written, in order. */
  public List<Tag> tags() {
    Map<String, Tag> distinct = new LinkedHashMap<>();
    for (Token token : tokens) {
      if (token instanceof Token.Hashtag hashtag) {
        distinct.putIfAbsent(hashtag.tag().key(), hashtag.tag());
      }
    }
    return List.copyOf(distinct.values());
  }

  /** Every link address, in order, repeats included. */
  public List<String> links() {
    List<String> links = new ArrayList<>();
    for (Token token : tokens) {
      if (token instanceof Token.Link link) {
        links.add(link.url());
      }
    }
    return List.copyOf(links);
  }

  /** The text as written: every token's source joined. */
  public String source() {
    StringBuilder text = new StringBuilder();
    tokens.forEach(token -> text.append(token.source()));
    return text.toString();
  }
}
