package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.inmemory.InMemoryExportArchives;
import org.microblog.application.port.in.account.ChangeEmailCommand;
import org.microblog.application.port.in.export.ExportStatus;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobId;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.JobState;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;

class ExportAndJobServicesTest {
  private final Fixtures fx = new Fixtures();

  private ExportStatus status(UserId user) {
    return fx.blog.useCases().exportStatus().latestExport(user).orElseThrow();
  }

  private InMemoryExportArchives archives() {
    return (InMemoryExportArchives) fx.blog.ports().exportArchives();
  }

  @Test
  void anExportIsQueuedThenWrittenWithProfilePostsAndMessagesAndMailed() {
    UserId alice = fx.register("alice");
    fx.post(alice, "first");
    fx.post(alice, "second <b>");
    JobId export = fx.blog.useCases().requestExport().request(alice);
    assertThat(status(alice).state()).isEqualTo(JobState.QUEUED);
    assertThat(status(alice).downloadable()).isFalse();

    assertThat(fx.runDueJobs()).as("the export, then its mail").isEqualTo(2);

    ExportStatus done = status(alice);
    assertThat(done.state()).isEqualTo(JobState.DONE);
    assertThat(done.progress()).isEqualTo(100);
    assertThat(done.availableUntil()).contains(Fixtures.START.plus(Duration.ofDays(7)));
    assertThat(archives().lines(export).orElseThrow())
        .containsExactly(
            "profile alice",
            "post "
                + (fx.blog.persistence().posts().allBy(alice).get(0).id().value())
                + " second <b>",
            "post " + (fx.blog.persistence().posts().allBy(alice).get(1).id().value()) + " first");
    assertThat(fx.blog.mailbox().latestTo(new EmailAddress("alice@example.org")))
        .hasValueSatisfying(mail -> assertThat(mail.subject()).contains("export is ready"));
  }

  @Test
  void exportsThousandsOfPostsInSlicesReportingProgress() {
    UserId alice = fx.register("alice");
    for (int i = 0; i < 1_234; i++) {
      fx.post(alice, "post " + i);
    }
    JobId export = fx.blog.useCases().requestExport().request(alice);

    fx.runDueJobs();

    List<String> lines = archives().lines(export).orElseThrow();
    assertThat(lines).hasSize(1 + 1_234);
    assertThat(lines.get(1)).endsWith("post 1233");
    assertThat(lines.get(lines.size() - 1)).endsWith("post 0");
  }

  @Test
  void oneExportAtATimeAndAnotherOnceItEnded() {
    UserId alice = fx.register("alice");
    fx.blog.useCases().requestExport().request(alice);

    assertThatThrownBy(() -> fx.blog.useCases().requestExport().request(alice))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("export.under-way"));
    fx.runDueJobs();
    JobId second = fx.blog.useCases().requestExport().request(alice);
    assertThat(status(alice).id()).isEqualTo(second);
  }

  @Test
  void onlyTheOwnerDownloadsAndOnlyForSevenDays() {
    UserId alice = fx.register("alice");
    UserId bob = fx.register("bob");
    JobId export = fx.blog.useCases().requestExport().request(alice);
    assertThat(fx.blog.useCases().exportDownload().download(alice, export))
        .as("not written yet")
        .isEmpty();
    fx.runDueJobs();

    assertThat(fx.blog.useCases().exportDownload().download(alice, export)).isPresent();
    assertThat(fx.blog.useCases().exportDownload().download(bob, export)).isEmpty();
    assertThat(fx.blog.useCases().exportDownload().download(alice, new JobId(999))).isEmpty();

    fx.clock.advance(Duration.ofDays(7));
    assertThat(fx.blog.useCases().exportDownload().download(alice, export)).isEmpty();
    assertThat(status(alice).downloadable()).isFalse();
    assertThat(archives().lines(export)).as("an expired archive is removed").isEmpty();
  }

  @Test
  void archivesNobodyFetchedAreRemovedOnceNoLongerOffered() {
    UserId alice = fx.register("alice");
    JobId old = fx.blog.useCases().requestExport().request(alice);
    fx.runDueJobs();
    fx.clock.advance(Duration.ofDays(6));
    JobId recent = fx.blog.useCases().requestExport().request(alice);
    fx.runDueJobs();

    fx.blog.useCases().expireExports().expire();
    assertThat(archives().lines(old)).as("still offered for a day").isPresent();

    fx.clock.advance(Duration.ofDays(1).plusSeconds(1));
    fx.blog.useCases().expireExports().expire();

    assertThat(archives().lines(old)).as("seven days after it was written").isEmpty();
    assertThat(archives().lines(recent)).isPresent();
  }

  @Test
  void aMailThatCannotGoIsRetriedWithBackoffAndFailsAfterItsAttempts() {
    UserId alice = fx.register("alice");
    fx.blog.useCases().verifyEmail().verify(fx.tokens.last());
    fx.blog
        .useCases()
        .changeEmail()
        .requestChange(
            new ChangeEmailCommand(
                alice, fx.passwordOf("alice"), new EmailAddress("alice@new.example")));
    fx.blog.useCases().verifyEmail().verify(fx.tokens.last());
    fx.blog.mailbox().failing(true);

    assertThat(fx.runDueJobs()).isEqualTo(1);
    Job waiting = mailJob(alice);
    assertThat(waiting.state()).isEqualTo(JobState.QUEUED);
    assertThat(waiting.reason()).contains("The mail server could not be reached.");
    assertThat(fx.runDueJobs()).as("waits its backoff").isZero();

    fx.blog.mailbox().failing(false);
    fx.clock.advance(Job.FIRST_RETRY);
    assertThat(fx.runDueJobs()).isEqualTo(1);
    assertThat(mailJob(alice).state()).isEqualTo(JobState.DONE);
    assertThat(mailJob(alice).attempts()).isEqualTo(2);
    assertThat(fx.blog.mailbox().latestTo(new EmailAddress("alice@example.org")))
        .hasValueSatisfying(mail -> assertThat(mail.subject()).contains("changed"));
  }

  @Test
  void aMailServerDownForGoodEndsTheJobAsFailed() {
    UserId alice = fx.register("alice");
    fx.blog.useCases().requestExport().request(alice);
    fx.blog.mailbox().failing(true);

    for (int i = 0; i < 20; i++) {
      fx.runDueJobs();
      fx.clock.advance(Job.LONGEST_RETRY);
    }

    Job mail = fx.blog.persistence().jobs().latest(alice, JobKind.EXPORT_READY_MAIL).orElseThrow();
    assertThat(mail.state()).isEqualTo(JobState.FAILED);
    assertThat(mail.attempts()).isEqualTo(JobKind.EXPORT_READY_MAIL.maxAttempts());
    assertThat(status(alice).state()).as("the export itself is done").isEqualTo(JobState.DONE);
  }

  @Test
  void anExportOfAnAccountThatIsGoneFailsWithAReason() {
    UserId alice = fx.register("alice");
    fx.blog.useCases().requestExport().request(alice);
    fx.blog.persistence().users().delete(alice);

    fx.runDueJobs();

    ExportStatus failed = status(alice);
    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(failed.reason()).contains("The account no longer exists.");
  }

  @Test
  void aJobAbandonedByItsWorkerIsClaimedAgainOnceItsLeaseRanOut() {
    UserId alice = fx.register("alice");
    JobId export = fx.blog.useCases().requestExport().request(alice);
    fx.blog.persistence().jobs().claimNext(fx.clock.instant(), fx.clock.instant().plusSeconds(60));
    assertThat(fx.runDueJobs()).as("held by a worker that has died").isZero();

    fx.clock.advance(Duration.ofSeconds(61));
    fx.runDueJobs();

    assertThat(status(alice).state()).isEqualTo(JobState.DONE);
    assertThat(fx.blog.persistence().jobs().find(export).orElseThrow().attempts()).isEqualTo(2);
  }

  private Job mailJob(UserId user) {
    return fx.blog.persistence().jobs().latest(user, JobKind.EMAIL_CHANGED_MAIL).orElseThrow();
  }
}
