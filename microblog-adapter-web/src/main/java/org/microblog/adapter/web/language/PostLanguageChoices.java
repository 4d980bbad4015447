package org.microblog.adapter.web.language;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.microblog.adapter.web.view.PageDecorator;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.user.Language;

/**
 * The languages a post form offers ({@code postLanguages}): the site's three first, then other
 * common languages by their names in themselves. A page with a post form (one that carries a {@code
 * formToken}) gets them, the page's language chosen (which is the account's when it has one), or
 * the refused form's choice ({@code postLanguage}) when it is shown again.
 */
@Singleton
final class PostLanguageChoices implements PageDecorator {
  /** The model entry a page sets to keep the language a refused form had chosen. */
  static final String CHOSEN = "postLanguage";

  private static final List<String> COMMON =
      List.of(
          "ar", "ca", "cs", "cy", "da", "el", "eo", "et", "eu", "fa", "fi", "fr", "ga", "gl", "he",
          "hi", "hr", "hu", "id", "is", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "ro",
          "ru", "sk", "sl", "sr", "sv", "th", "tr", "uk", "vi", "zh");

  /** Every code offered, in order, with its name in itself. */
  private static final List<PostLanguage> OFFERED = offered();

  private final LanguageResolver languages;

  PostLanguageChoices(LanguageResolver languages) {
    this.languages = languages;
  }

  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    if (!model.containsKey("formToken") || model.containsKey("postLanguages")) {
      return;
    }
    String chosen = model.get(CHOSEN) instanceof String code ? code : languages.of(request).code();
    model.put("postLanguages", options(chosen));
  }

  static List<LanguageOption> options(String chosen) {
    List<LanguageOption> options = new ArrayList<>(OFFERED.size());
    for (PostLanguage language : OFFERED) {
      options.add(
          new LanguageOption(
              language.code(), language.nativeName(), language.code().equals(chosen)));
    }
    return List.copyOf(options);
  }

  private static List<PostLanguage> offered() {
    Collator byName = Collator.getInstance(Locale.ROOT);
    Stream<PostLanguage> site = Stream.of(Language.values()).map(PostLanguage::of);
    Stream<PostLanguage> others =
        COMMON.stream()
            .map(PostLanguage::new)
            .sorted(Comparator.comparing(PostLanguage::nativeName, byName));
    return Stream.concat(site, others).toList();
  }
}
