package org.microblog.adapter.web.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the bundle key of a sentence known by its English text ({@link Phrase#known}). The domain
 * words some keys more than one way ({@code body.length} of a post and of a message) and builds
 * some values into its sentences ("User bob does not exist."), so the key alone cannot say which
 * text is meant: the English texts of the key and of its variants ({@code key.<variant>}) are
 * compared with the sentence, a pattern's {@code {0}} read back out of it as a value. Texts with
 * fewer values are tried first, so "A browser on an unknown system" wins over "{0} on {1}".
 */
final class EnglishMatch {
  private static final Pattern SLOT = Pattern.compile("\\{(\\d+)[^}]*}");

  private final NavigableMap<String, String> english;

  EnglishMatch(Map<String, String> english) {
    this.english = new TreeMap<>(english);
  }

  /** The phrase with the key whose English text {@code phrase.english()} is, if one is. */
  Optional<Phrase> find(Phrase phrase) {
    String sentence = phrase.english();
    List<Map.Entry<String, String>> candidates = new ArrayList<>();
    if (english.containsKey(phrase.key())) {
      candidates.add(Map.entry(phrase.key(), english.get(phrase.key())));
    }
    candidates.addAll(english.subMap(phrase.key() + ".", phrase.key() + "/").entrySet());
    candidates.sort(Comparator.comparingLong(candidate -> slots(candidate.getValue())));
    for (Map.Entry<String, String> candidate : candidates) {
      Optional<List<Object>> values = valuesOf(candidate.getValue(), sentence);
      if (values.isPresent()) {
        return Optional.of(new Phrase(candidate.getKey(), sentence, values.get()));
      }
    }
    return Optional.empty();
  }

  private static long slots(String text) {
    return SLOT.matcher(text).results().count();
  }

  /** The values that make {@code pattern} read {@code sentence}; empty if it cannot. */
  private static Optional<List<Object>> valuesOf(String pattern, String sentence) {
    if (!pattern.contains("{")) {
      return pattern.equals(sentence) ? Optional.of(List.of()) : Optional.empty();
    }
    Matcher slots = SLOT.matcher(pattern);
    StringBuilder regex = new StringBuilder();
    List<Integer> order = new ArrayList<>();
    int from = 0;
    while (slots.find()) {
      regex.append(Pattern.quote(literal(pattern.substring(from, slots.start())))).append("(.+?)");
      order.add(Integer.parseInt(slots.group(1)));
      from = slots.end();
    }
    regex.append(Pattern.quote(literal(pattern.substring(from))));
    Matcher read = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(sentence);
    if (!read.matches()) {
      return Optional.empty();
    }
    Object[] values = new Object[order.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
    for (int i = 0; i < order.size(); i++) {
      values[order.get(i)] = read.group(i + 1);
    }
    return Optional.of(List.of(values));
  }

  /** A pattern's literal text as it reads: a doubled apostrophe is one. */
  private static String literal(String piece) {
    return piece.replace("''", "'");
  }
}
