package org.microblog.adapter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.domain.user.Language;

class RelativeTimeTest {
  private static final Instant NOW = Instant.parse("2026-11-30T20:48:33Z");
  private final RelativeTime times = new RelativeTime(new Translations());

  private String ago(Duration before, Language language) {
    return times.near(NOW.minus(before), NOW, language);
  }

  @Test
  void saysJustNowWithinAMinute() {
    assertThat(ago(Duration.ofSeconds(10), Language.ENGLISH)).isEqualTo("just now");
    assertThat(ago(Duration.ofSeconds(10), Language.SPANISH)).isEqualTo("ahora mismo");
  }

  @Test
  void countsMinutesHoursAndDaysWithPlurals() {
    assertThat(ago(Duration.ofMinutes(1), Language.ENGLISH)).isEqualTo("1 minute ago");
    assertThat(ago(Duration.ofMinutes(5), Language.ENGLISH)).isEqualTo("5 minutes ago");
    assertThat(ago(Duration.ofMinutes(5), Language.SPANISH)).isEqualTo("hace 5 minutos");
    assertThat(ago(Duration.ofMinutes(5), Language.GERMAN)).isEqualTo("vor 5 Minuten");
    assertThat(ago(Duration.ofHours(1), Language.SPANISH)).isEqualTo("hace 1 hora");
    assertThat(ago(Duration.ofHours(3), Language.GERMAN)).isEqualTo("vor 3 Stunden");
    assertThat(ago(Duration.ofDays(1), Language.ENGLISH)).isEqualTo("1 day ago");
    assertThat(ago(Duration.ofDays(2), Language.GERMAN)).isEqualTo("vor 2 Tagen");
  }

  @Test
  void speaksOfTheFutureToo() {
    assertThat(times.near(NOW.plus(Duration.ofDays(7)), NOW, Language.ENGLISH))
        .isEqualTo("in 7 days");
    assertThat(times.near(NOW.plus(Duration.ofDays(7)), NOW, Language.SPANISH))
        .isEqualTo("dentro de 7 días");
  }

  @Test
  void showsTheDateForMomentsAMonthAway() {
    assertThat(ago(Duration.ofDays(40), Language.ENGLISH)).contains("2026").contains("Oct");
    assertThat(ago(Duration.ofDays(40), Language.SPANISH)).contains("2026").contains("oct");
  }

  @Test
  void givesTheFullDateAndTimeInUtcInEachLanguage() {
    assertThat(times.full(NOW, Language.ENGLISH)).isEqualTo("30 Nov 2026, 20:48 UTC");
    assertThat(times.full(NOW, Language.SPANISH)).isEqualTo("30 nov 2026 20:48 UTC");
    assertThat(times.full(NOW, Language.GERMAN)).isEqualTo("30.11.2026, 20:48 UTC");
  }
}
