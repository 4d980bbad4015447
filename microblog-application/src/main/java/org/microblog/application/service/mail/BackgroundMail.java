package org.microblog.application.service.mail;

import java.time.Clock;
import java.time.Instant;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.JobPayload;
import org.microblog.domain.job.NewJob;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/**
 * Mail that nobody waits for, queued as jobs so that a mail server that is briefly down delays it
 * instead of losing it ({@link MailJobHandler} sends it, retried with backoff). Mail a person waits
 * for (a password reset link) is still sent at once, so they hear at once when it cannot go.
 */
public final class BackgroundMail {
  static final String USERNAME = "username";
  static final String OLD_ADDRESS = "old";
  static final String NEW_ADDRESS = "new";
  static final String AVAILABLE_UNTIL = "until";

  private final JobQueue queue;
  private final Clock clock;

  public BackgroundMail(JobQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  /** Tells the old address of {@code user} that the account now uses {@code newAddress}. */
  public void emailChanged(User user, EmailAddress newAddress) {
    enqueue(
        JobKind.EMAIL_CHANGED_MAIL,
        user.id(),
        JobPayload.of(
            USERNAME,
            user.username().value(),
            OLD_ADDRESS,
            user.email().value(),
            NEW_ADDRESS,
            newAddress.value()));
  }

  /** Tells the owner that their export can be downloaded until {@code availableUntil}. */
  public void exportReady(UserId owner, Instant availableUntil) {
    enqueue(
        JobKind.EXPORT_READY_MAIL,
        owner,
        JobPayload.of(AVAILABLE_UNTIL, availableUntil.toString()));
  }

  private void enqueue(JobKind kind, UserId owner, JobPayload payload) {
    Instant now = clock.instant();
    queue.enqueue(new NewJob(kind, owner, payload, now), now);
  }
}
