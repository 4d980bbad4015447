package org.microblog.application.service.mail;

import java.time.Instant;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.application.port.out.mail.MailLanguage;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.service.job.JobHandler;
import org.microblog.application.service.job.JobProgress;
import org.microblog.application.service.job.RetryableFailure;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobPayload;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/**
 * Sends the mails that {@link BackgroundMail} queued. A mail server that cannot take the mail fails
 * the attempt, to be tried again; a mail to an account that is gone meanwhile is dropped.
 */
public final class MailJobHandler implements JobHandler {
  static final String SERVER_DOWN = "The mail server could not be reached.";

  private final LoadUserPort users;
  private final AccountMails mails;
  private final MailSender sender;

  public MailJobHandler(LoadUserPort users, AccountMails mails, MailSender sender) {
    this.users = users;
    this.mails = mails;
    this.sender = sender;
  }

  @Override
  public void run(Job job, JobProgress progress) {
    JobPayload payload = job.payload();
    switch (job.kind()) {
      case EMAIL_CHANGED_MAIL ->
          send(
              mails.emailChanged(
                  new Username(payload.get(BackgroundMail.USERNAME)),
                  new EmailAddress(payload.get(BackgroundMail.OLD_ADDRESS)),
                  new EmailAddress(payload.get(BackgroundMail.NEW_ADDRESS)),
                  // In the account's language; English once the account is gone.
                  users.findById(job.owner()).map(MailLanguage::of).orElse(Language.ENGLISH)));
      case EXPORT_READY_MAIL ->
          users
              .findById(job.owner())
              .ifPresent(
                  user ->
                      send(
                          mails.exportReady(
                              user.username(),
                              user.email(),
                              Instant.parse(payload.get(BackgroundMail.AVAILABLE_UNTIL)),
                              MailLanguage.of(user))));
      default -> throw new IllegalArgumentException("not a mail job: " + job.kind());
    }
  }

  private void send(MailMessage message) {
    try {
      sender.send(message);
    } catch (MailDeliveryException notSent) {
      throw new RetryableFailure(SERVER_DOWN, notSent);
    }
  }
}
