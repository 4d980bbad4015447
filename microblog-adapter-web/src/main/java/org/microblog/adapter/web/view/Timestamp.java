package org.microblog.adapter.web.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A moment as pages show it: machine-readable ({@code <time datetime>}) and for people, in UTC so
 * that every reader and every instance shows the same text.
 *
 * @param iso ISO-8601, for the {@code datetime} attribute
 * @param display e.g. "28 Nov 2026, 21:46 UTC"
 */
public record Timestamp(String iso, String display) {
  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public static Timestamp of(Instant instant) {
    Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
    return new Timestamp(seconds.toString(), DISPLAY.format(seconds));
  }
}
