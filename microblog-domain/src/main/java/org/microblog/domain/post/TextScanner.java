package org.microblog.domain.post;

import java.util.ArrayList;
import java.util.List;
import org.microblog.domain.user.Username;

/**
 * Splits text into tokens with a hand-written scanner instead of regular expressions, so that no
 * input can make it backtrack: every trigger ({@code @}, {@code #}, {@code h}) reads at most the
 * run of characters that follows it, and those runs never overlap, so the work grows linearly with
 * the text.
 */
final class TextScanner {

  private TextScanner() {}

  static List<Token> scan(String text) {
    List<Token> tokens = new ArrayList<>();
    int plainStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '@' && mayStartMention(text, i)) {
        end = mentionEnd(text, i);
      } else if (c == '#' && mayStartHashtag(text, i)) {
        end = hashtagEnd(text, i);
      } else if ((c == 'h' || c == 'H') && !isWordBefore(text, i)) {
        end = LinkScanner.startsWithScheme(text, i) ? LinkScanner.end(text, i) : -1;
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (plainStart < i) {
        tokens.add(new Token.Plain(text.substring(plainStart, i)));
      }
      tokens.add(token(c, text.substring(i, end)));
      i = end;
      plainStart = end;
    }
    if (plainStart < text.length()) {
      tokens.add(new Token.Plain(text.substring(plainStart)));
    }
    return tokens;
  }

  private static Token token(char trigger, String source) {
    return switch (trigger) {
      case '@' -> new Token.Mention(new Username(source.substring(1)));
      case '#' -> new Token.Hashtag(new Tag(source.substring(1)));
      default -> new Token.Link(source);
    };
  }

  /** An {@code @} inside a word is an e-mail address ({@code a@b.c}), after {@code /} a path. */
  private static boolean mayStartMention(String text, int at) {
    return !isWordBefore(text, at) && !isBefore(text, at, '/');
  }

  /** A {@code #} inside a word, after {@code &} ({@code &#39;}) or {@code /} is no tag. */
  private static boolean mayStartHashtag(String text, int at) {
    return !isWordBefore(text, at) && !isBefore(text, at, '&') && !isBefore(text, at, '/');
  }

  /**
   * The end of {@code @username} at {@code at}, or -1. The name is the whole run of ASCII letters,
   * digits and {@code _}; a run that goes on into other letters or marks ({@code @alicé}), into a
   * remote domain ({@code @bob@example.com}) or that has the wrong length names nobody here.
   */
  private static int mentionEnd(String text, int at) {
    int end = at + 1;
    while (end < text.length() && isUsernameChar(text.charAt(end))) {
      end++;
    }
    int length = end - at - 1;
    if (length < Username.MIN_LENGTH || length > Username.MAX_LENGTH) {
      return -1;
    }
    if (end < text.length() && (isWord(text.codePointAt(end)) || text.charAt(end) == '@')) {
      return -1;
    }
    return end;
  }

  /** The end of {@code #tag} at {@code at}, or -1 when the run after it is no {@link Tag}. */
  private static int hashtagEnd(String text, int at) {
    int start = at + 1;
    if (start >= text.length() || !Tag.isStart(text.codePointAt(start))) {
      return -1;
    }
    int end = start;
    int codePoints = 0;
    boolean hasLetter = false;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      if (!Tag.isTagPart(cp)) {
        break;
      }
      hasLetter |= Character.isLetter(cp);
      codePoints++;
      end += Character.charCount(cp);
    }
    return hasLetter && codePoints <= Tag.MAX_LENGTH ? end : -1;
  }

  private static boolean isUsernameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isWordBefore(String text, int at) {
    return at > 0 && isWord(text.codePointBefore(at));
  }

  private static boolean isBefore(String text, int at, char c) {
    return at > 0 && text.charAt(at - 1) == c;
  }

  /** Letters, marks and digits of any script, and {@code _}: what words are made of. */
  private static boolean isWord(int cp) {
    return Tag.isTagPart(cp);
  }
}
