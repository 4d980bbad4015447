package org.microblog.domain.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.user.UserId;

/**
 * One login of a person in one browser: a record on the server, so that ending it (logging out,
 * ending it from the sessions page, a password change) ends it everywhere, whatever copies of the
 * cookie exist. A session login lasts {@link #SESSION_LIFETIME} from its start; a remembered one
 * lasts until {@link #REMEMBERED_IDLE} has passed without its use.
 */
public record Login(
    LoginId id,
    UserId user,
    boolean remembered,
    Instant startedAt,
    Instant lastUsedAt,
    BrowserDescription browser,
    ClientNetwork network) {
  public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
  public static final Duration REMEMBERED_IDLE = Duration.ofDays(30);

  /** "Last used" is written at most this often, so a busy reader costs no write per page. */
  public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  public Login {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(network, "network");
  }

  /** A login that starts now. */
  public static Login start(
      LoginId id,
      UserId user,
      boolean remembered,
      Instant now,
      BrowserDescription browser,
      ClientNetwork network) {
    return new Login(id, user, remembered, now, now, browser, network);
  }

  public Instant expiresAt() {
    return remembered ? lastUsedAt.plus(REMEMBERED_IDLE) : startedAt.plus(SESSION_LIFETIME);
  }

  public boolean isLiveAt(Instant now) {
    return now.isBefore(expiresAt());
  }

  /** Whether a use at {@code now} should be written down (it is a minute since the last one). */
  public boolean lastUseIsStaleAt(Instant now) {
    return !now.isBefore(lastUsedAt.plus(LAST_USED_PRECISION));
  }

  /** Session logins that started before this moment have expired at {@code now}. */
  public static Instant sessionsExpiredIfStartedBefore(Instant now) {
    return now.minus(SESSION_LIFETIME);
  }

  /** Remembered logins last used before this moment have expired at {@code now}. */
  public static Instant rememberedExpiredIfUsedBefore(Instant now) {
    return now.minus(REMEMBERED_IDLE);
  }
}
