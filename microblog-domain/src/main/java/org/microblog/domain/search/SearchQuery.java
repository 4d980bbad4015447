package org.microblog.domain.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/**
 * What someone searches for: at most {@value #MAX_LENGTH} characters, read as words that must all
 * match, {@code "quoted phrases"} whose words must follow one another, and {@code -excluded} words
 * or phrases that must not appear. Words match ignoring case and accents ({@link SearchWords}).
 * Anything else (punctuation, an unclosed quote) separates words, so every text of the right length
 * is either a query or refused for having no word to look for.
 */
public record SearchQuery(String text) {
  public static final int MAX_LENGTH = 200;

  /** More words than any real question has; each costs the index one more probe. */
  public static final int MAX_WORDS = 16;

  public SearchQuery {
    text = Text.orEmpty(text).strip();
    if (Text.length(text) > MAX_LENGTH) {
      throw DomainException.invalid(
          "q.length", "A search can be at most " + MAX_LENGTH + " characters long.");
    }
    if (Text.hasControlCharacters(text)) {
      throw DomainException.invalid("q.characters", "A search cannot contain control characters.");
    }
    List<SearchTerm> terms = parse(text);
    if (terms.stream().noneMatch(term -> !term.excluded())) {
      throw DomainException.invalid("q.words", "Type at least one word to look for.");
    }
    if (terms.stream().mapToInt(term -> term.words().size()).sum() > MAX_WORDS) {
      throw DomainException.invalid(
          "q.words", "A search can have at most " + MAX_WORDS + " words.");
    }
  }

  /** The words and phrases, in the order written, each once. */
  public List<SearchTerm> terms() {
    return parse(text);
  }

  /** The wanted (not excluded) terms. */
  public List<SearchTerm> wanted() {
    return terms().stream().filter(term -> !term.excluded()).toList();
  }

  /** The excluded terms. */
  public List<SearchTerm> excluded() {
    return terms().stream().filter(SearchTerm::excluded).toList();
  }

  /** Every wanted word, phrases' words included, each once, in order: what a match highlights. */
  public Set<String> wantedWords() {
    Set<String> words = new LinkedHashSet<>();
    wanted().forEach(term -> words.addAll(term.words()));
    return words;
  }

  /**
   * True when a text matches: it holds every wanted word and phrase and no excluded one. The rule
   * the search indexes implement (see the README for what each database supports).
   */
  public boolean matches(String candidate) {
    List<String> words = SearchWords.of(Text.orEmpty(candidate));
    return terms().stream().allMatch(term -> term.foundIn(words) != term.excluded());
  }

  /**
   * The query in PostgreSQL's {@code websearch_to_tsquery} syntax, built from the parsed terms
   * (each quoted, so that a word such as {@code or} is never read as an operator).
   */
  public String websearch() {
    List<String> parts = new ArrayList<>();
    for (SearchTerm term : terms()) {
      parts.add((term.excluded() ? "-\"" : "\"") + String.join(" ", term.words()) + "\"");
    }
    return String.join(" ", parts);
  }

  /**
   * Splits at white space outside quotes. A quoted part is one phrase (an unclosed quote runs to
   * the end); so is an unquoted part that punctuation splits into several words ({@code e-mail}),
   * as PostgreSQL reads it. A {@code -} before a part excludes it.
   */
  private static List<SearchTerm> parse(String text) {
    Set<SearchTerm> terms = new LinkedHashSet<>();
    int i = 0;
    while (i < text.length()) {
      if (isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      boolean excluded = text.charAt(i) == '-';
      int start = excluded ? i + 1 : i;
      int end;
      String part;
      if (start < text.length() && text.charAt(start) == '"') {
        int close = text.indexOf('"', start + 1);
        end = close < 0 ? text.length() : close + 1;
        part = text.substring(start + 1, close < 0 ? text.length() : close);
      } else {
        end = start;
        while (end < text.length() && !isSpace(text.charAt(end))) {
          end++;
        }
        part = text.substring(start, end);
      }
      List<String> words = SearchWords.of(part);
      if (!words.isEmpty()) {
        terms.add(new SearchTerm(words, excluded));
      }
      i = end;
    }
    return List.copyOf(terms);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  @Override
  public String toString() {
    return text;
  }
}
