package org.microblog.adapter.web.i18n;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.microblog.domain.user.Language;

/**
 * Every text a person reads, per language, from the bundles under {@code i18n/}: one file per area
 * and language ({@code i18n/posts.properties} in English, {@code i18n/posts_es.properties}, ...),
 * read as UTF-8. A key missing from a language falls back to English (a test keeps the bundles
 * complete). A text with values is a {@link MessageFormat} pattern in the reader's locale, so
 * counts are grouped ("1.234") and plurals chosen ({@code {0,choice,1#1 follower|1<{0,number,
 * integer} followers}}); in such a pattern an apostrophe is written twice.
 */
@Singleton
public final class Translations {
  /** The bundle areas, each owned by the features it names. */
  public static final List<String> AREAS =
      List.of(
          "common",
          "errors",
          "rules",
          "account",
          "settings",
          "mail",
          "languages",
          "posts",
          "people",
          "messages");

  private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
  private final EnglishMatch sentences;

  public Translations() {
    for (Language language : Language.values()) {
      Map<String, String> all = new HashMap<>();
      for (String area : AREAS) {
        load(bundleFile(area, language)).forEach((key, text) -> all.put(key, text));
      }
      texts.put(language, Map.copyOf(all));
    }
    sentences = new EnglishMatch(texts.get(Language.ENGLISH));
  }

  /** The class-path file of an area's bundle in a language. */
  public static String bundleFile(String area, Language language) {
    return "i18n/"
        + area
        + (language == Language.ENGLISH ? "" : "_" + language.code())
        + ".properties";
  }

  /**
   * The text of {@code key} in {@code language} with its values filled in (a value that is a {@link
   * Phrase} in that language too); the key if unknown.
   */
  public String text(Language language, String key, Object... args) {
    return format(language, lookup(language, key, key), args);
  }

  /**
   * The text of a phrase in {@code language}. A phrase known by its English sentence ({@link
   * Phrase#known}) is the key whose English text it is, or that English sentence when no bundle has
   * it.
   */
  public String text(Language language, Phrase phrase) {
    if (!phrase.english().equals(phrase.key()) && phrase.args().isEmpty()) {
      Optional<Phrase> found = sentences.find(phrase);
      if (found.isEmpty()) {
        return phrase.english();
      }
      phrase = found.get();
    }
    return format(
        language, lookup(language, phrase.key(), phrase.english()), phrase.args().toArray());
  }

  /** Every key and text of one language, for the tests that keep the bundles complete. */
  public Map<String, String> all(Language language) {
    return texts.get(language);
  }

  private String lookup(Language language, String key, String fallback) {
    String text = texts.get(language).get(key);
    if (text == null && language != Language.ENGLISH) {
      text = texts.get(Language.ENGLISH).get(key);
    }
    return text == null ? fallback : text;
  }

  private String format(Language language, String pattern, Object[] args) {
    if (args.length == 0) {
      return pattern;
    }
    Object[] values = args.clone();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Phrase inner) {
        values[i] = text(language, inner);
      }
    }
    return new MessageFormat(pattern, language.locale()).format(values);
  }

  private static Map<String, String> load(String file) {
    Map<String, String> found = new HashMap<>();
    try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        return found;
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      properties.forEach((key, text) -> found.put((String) key, (String) text));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundle " + file, e);
    }
  }
}
