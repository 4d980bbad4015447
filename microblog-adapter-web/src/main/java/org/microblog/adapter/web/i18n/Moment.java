package org.microblog.adapter.web.i18n;

import java.time.Instant;

/** Something a page shows as a time, for {@code {{time}}} and {@code {{datetime}}}. */
public interface Moment {
  Instant at();
}
