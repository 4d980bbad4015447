package org.microblog.adapter.web.i18n;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.microblog.domain.user.Language;

/**
 * The template helpers that speak the reader's language. {@code {{t "key" value...}}} writes a
 * bundle's text (or a {@link Phrase}: {@code {{t errors.username}}}), escaped like any value.
 * {@code {{time moment}}} writes a {@code <time>} element: the relative text ("5 minutes ago"), the
 * machine-readable moment in {@code datetime} and the full date in {@code title}; {@code {{time
 * moment style="date"}}} writes the date alone. {@code {{datetime moment}}} writes the full date
 * and time as text, for mails. The language is the page model's {@value #LANGUAGE_ENTRY} entry,
 * which every page gets from the page language decorator and a mail from its recipient; the
 * templates put it into the render's data once, where the helpers read it.
 */
@Singleton
public final class TextHelpers {
  /** The model entry that holds a page's or a mail's language code. */
  public static final String LANGUAGE_ENTRY = "lang";

  private static final String DATA = "microblog.language";

  private final Translations translations;
  private final RelativeTime times;
  private final Clock clock = Clock.systemUTC();

  public TextHelpers(Translations translations) {
    this.translations = translations;
    this.times = new RelativeTime(translations);
  }

  /** Makes {@code t} and {@code time} available to {@code handlebars}' templates. */
  public Handlebars register(Handlebars handlebars) {
    handlebars.registerHelper("t", (Helper<Object>) this::translate);
    handlebars.registerHelper("time", (Helper<Object>) this::time);
    handlebars.registerHelper("datetime", (Helper<Object>) this::dateTime);
    return handlebars;
  }

  /** Keeps the model's language in the render's data, where the helpers find it cheaply. */
  public static Context withLanguage(Context context, Object model) {
    Language language = Language.ENGLISH;
    if (model instanceof Map<?, ?> map && map.get(LANGUAGE_ENTRY) instanceof String code) {
      language = Language.find(code).orElse(Language.ENGLISH);
    }
    context.data(DATA, language);
    return context;
  }

  private Object translate(Object what, Options options) {
    Language language = language(options);
    if (what instanceof Phrase phrase) {
      return translations.text(language, phrase);
    }
    if (what == null) {
      return "";
    }
    return translations.text(language, what.toString(), options.params);
  }

  private Object time(Object what, Options options) {
    Instant moment = moment(what);
    if (moment == null) {
      return "";
    }
    Language language = language(options);
    boolean dateOnly = "date".equals(options.hash("style"));
    String shown =
        dateOnly ? times.day(moment, language) : times.near(moment, clock.instant(), language);
    return new Handlebars.SafeString(
        "<time datetime=\""
            + moment
            + "\" title=\""
            + Handlebars.Utils.escapeExpression(times.full(moment, language))
            + "\""
            + (dateOnly ? "" : " data-relative")
            + ">"
            + Handlebars.Utils.escapeExpression(shown)
            + "</time>");
  }

  private Object dateTime(Object what, Options options) {
    Instant moment = moment(what);
    return moment == null ? "" : times.full(moment, language(options));
  }

  private static Instant moment(Object what) {
    if (what instanceof Moment moment) {
      return moment.at();
    }
    return what instanceof Instant instant ? instant : null;
  }

  private static Language language(Options options) {
    Object language = options.data(DATA);
    return language instanceof Language known ? known : Language.ENGLISH;
  }
}
