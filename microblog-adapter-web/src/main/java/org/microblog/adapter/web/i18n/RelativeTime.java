package org.microblog.adapter.web.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import org.microblog.domain.user.Language;

/**
 * A moment as a person reads it: near ones relative to now ("5 minutes ago", "hace 5 minutos", "in
 * 3 days"), older ones as a date, and always the full date and time in UTC for the {@code title}.
 */
final class RelativeTime {
  private static final long MINUTE = 60;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;
  private static final long RELATIVE_DAYS = 30;

  /** Formatters are immutable and thread-safe: one per language, made once. */
  private static final Map<Language, DateTimeFormatter> FULL = formatters(true);

  private static final Map<Language, DateTimeFormatter> DATE = formatters(false);

  private final Translations translations;

  RelativeTime(Translations translations) {
    this.translations = translations;
  }

  /** "5 minutes ago" within a month of {@code now}, else the date ("30 Nov 2026"). */
  String near(Instant moment, Instant now, Language language) {
    long seconds = Duration.between(moment, now).getSeconds();
    boolean past = seconds >= 0;
    long distance = Math.abs(seconds);
    if (distance < 45) {
      return translations.text(language, "time.now");
    }
    if (distance >= RELATIVE_DAYS * DAY) {
      return DATE.get(language).format(moment);
    }
    String unit;
    long count;
    if (distance < 45 * MINUTE) {
      unit = "minutes";
      count = Math.max(1, Math.round(distance / (double) MINUTE));
    } else if (distance < 22 * HOUR) {
      unit = "hours";
      count = Math.max(1, Math.round(distance / (double) HOUR));
    } else {
      unit = "days";
      count = Math.max(1, Math.round(distance / (double) DAY));
    }
    return translations.text(language, "time." + unit + (past ? ".ago" : ".in"), count);
  }

  /** The full date and time: "30 Nov 2026, 20:48 UTC". */
  String full(Instant moment, Language language) {
    return FULL.get(language).format(moment) + " UTC";
  }

  /** The date alone, for moments that are long past or far ahead: "30 Nov 2026". */
  String day(Instant moment, Language language) {
    return DATE.get(language).format(moment);
  }

  /** "30 Nov 2026" (MEDIUM), with {@code withTime} followed by ", 20:48" (SHORT), per language. */
  private static Map<Language, DateTimeFormatter> formatters(boolean withTime) {
    Map<Language, DateTimeFormatter> each = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      DateTimeFormatter formatter =
          withTime
              ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
              : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
      each.put(language, formatter.withLocale(language.locale()).withZone(ZoneOffset.UTC));
    }
    return each;
  }
}
