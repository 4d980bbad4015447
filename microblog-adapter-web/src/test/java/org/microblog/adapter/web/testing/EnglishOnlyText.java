package org.microblog.adapter.web.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.domain.user.Language;

/**
 * Finds English left on a page shown in another language: every text node and every attribute a
 * person reads (title, placeholder, aria-label, alt, a button's value) is compared with the English
 * bundles' texts that the page's language words differently. A page's own data (usernames, posts)
 * is not in the bundles, so it never counts.
 */
public final class EnglishOnlyText {
  private static final List<String> READ_ATTRIBUTES =
      List.of("title", "placeholder", "aria-label", "alt", "value");
  private static final Pattern VALUE_SLOT = Pattern.compile("\\{\\d[^}]*}");

  private final Set<String> englishOnly = new TreeSet<>();

  /** The English texts that {@code language} words differently, without their value slots. */
  public EnglishOnlyText(Translations translations, Language language) {
    Map<String, String> other = translations.all(language);
    translations
        .all(Language.ENGLISH)
        .forEach(
            (key, english) -> {
              if (english.equals(other.get(key)) || english.contains("{0,choice")) {
                return;
              }
              for (String piece : VALUE_SLOT.split(english)) {
                String words = piece.strip();
                if (words.length() >= 4 && words.chars().anyMatch(Character::isLetter)) {
                  englishOnly.add(words);
                }
              }
            });
  }

  /** The English-only texts found on {@code html}, empty when the page is all in its language. */
  public List<String> in(String html) {
    Document page = Jsoup.parse(html);
    List<String> read = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      if (element.tagName().equals("script") || element.tagName().equals("style")) {
        continue;
      }
      for (TextNode text : element.textNodes()) {
        read.add(text.text().strip());
      }
      for (String attribute : READ_ATTRIBUTES) {
        if (element.hasAttr(attribute) && !isFormData(element, attribute)) {
          read.add(element.attr(attribute).strip());
        }
      }
    }
    List<String> found = new ArrayList<>();
    for (String text : read) {
      if (text.isEmpty()) {
        continue;
      }
      for (String english : englishOnly) {
        if (text.equals(english) || (english.length() >= 12 && text.contains(english))) {
          found.add(english + "  (in: " + text + ")");
        }
      }
    }
    return found;
  }

  /** A field's value that is data sent back, not text shown (hidden fields, options). */
  private static boolean isFormData(Element element, String attribute) {
    if (!attribute.equals("value")) {
      return false;
    }
    String type = element.attr("type");
    return !(element.tagName().equals("input") && (type.equals("submit") || type.equals("button")));
  }
}
