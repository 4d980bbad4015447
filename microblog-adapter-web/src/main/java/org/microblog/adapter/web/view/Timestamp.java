package org.microblog.adapter.web.view;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.microblog.adapter.web.i18n.Moment;

/**
 * A moment a page shows, to the second. Templates write it with {@code {{time moment}}}, which
 * gives the reader's language its relative text, the full date as a title, and the moment itself in
 * {@code datetime}.
 *
 * @param at the moment, to the second
 */
public record Timestamp(Instant at) implements Moment {
  public Timestamp {
    at = at.truncatedTo(ChronoUnit.SECONDS);
  }

  public static Timestamp of(Instant instant) {
    return new Timestamp(instant);
  }

  /** ISO-8601, as in a {@code datetime} attribute. */
  public String iso() {
    return at.toString();
  }
}
