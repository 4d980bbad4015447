package org.microblog.adapter.web.api.entity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as Mastodon writes them: UTC with milliseconds, {@code 2026-11-30T10:48:33.901Z}. */
public final class ApiTime {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ApiTime() {}

  public static String of(Instant instant) {
    return FORMAT.format(instant);
  }

  /** The day in UTC, {@code 2026-11-30}: Mastodon's {@code last_status_at}. */
  public static String date(Instant instant) {
    return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(instant);
  }
}
