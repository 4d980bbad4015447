package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.JobPayload;
import org.microblog.domain.job.JobState;
import org.microblog.domain.job.NewJob;
import org.microblog.domain.user.User;

/**
 * {@code JobQueue}: claims that never hand one job to two claimers, leases that run out, attempts
 * counted per claim, one active export per account, and the ends (done, retry, failed).
 */
public abstract class JobQueuePortContract extends PortContract {
  private static final Instant LEASE = T0.plusSeconds(60);

  @Test
  void claimsTheOldestDueJobOnceAndCountsTheAttempt() {
    User alice = register("alice", "alice@example.org");
    Job first = enqueue(alice, JobKind.EMAIL_CHANGED_MAIL, T0).orElseThrow();
    Job later = enqueue(alice, JobKind.EXPORT_READY_MAIL, T0.plusSeconds(30)).orElseThrow();

    Job claimed = store.jobs().claimNext(T0, LEASE).orElseThrow();

    assertThat(claimed.id()).isEqualTo(first.id());
    assertThat(claimed.state()).isEqualTo(JobState.RUNNING);
    assertThat(claimed.attempts()).isEqualTo(1);
    assertThat(claimed.payload()).isEqualTo(first.payload());
    assertThat(store.jobs().claimNext(T0, LEASE)).as("the later one is not due yet").isEmpty();
    assertThat(store.jobs().claimNext(T0.plusSeconds(30), LEASE).map(Job::id)).contains(later.id());
  }

  @Test
  void aRunningJobWhoseLeaseRanOutIsClaimedAgainWithAnotherAttempt() {
    User alice = register("alice", "alice@example.org");
    Job job = enqueue(alice, JobKind.EXPORT, T0).orElseThrow();
    Job first = store.jobs().claimNext(T0, LEASE).orElseThrow();

    assertThat(store.jobs().claimNext(T0.plusSeconds(59), LEASE.plusSeconds(59))).isEmpty();
    assertThat(store.jobs().progress(first, 40, T0.plusSeconds(120))).isTrue();
    assertThat(store.jobs().claimNext(T0.plusSeconds(90), T0.plusSeconds(150)))
        .as("progress renewed the lease")
        .isEmpty();

    Job again = store.jobs().claimNext(T0.plusSeconds(121), T0.plusSeconds(181)).orElseThrow();
    assertThat(again.id()).isEqualTo(job.id());
    assertThat(again.attempts()).isEqualTo(2);
    assertThat(again.progress()).isEqualTo(40);
  }

  @Test
  void aLateAttemptWhoseJobWasTakenOverChangesNothing() {
    User alice = register("alice", "alice@example.org");
    Job job = enqueue(alice, JobKind.EXPORT, T0).orElseThrow();
    Job late = store.jobs().claimNext(T0, LEASE).orElseThrow();
    Job current = store.jobs().claimNext(LEASE.plusSeconds(1), LEASE.plusSeconds(61)).orElseThrow();
    assertThat(store.jobs().progress(current, 20, LEASE.plusSeconds(90))).isTrue();

    assertThat(store.jobs().progress(late, 90, LEASE.plusSeconds(120))).isFalse();
    store.jobs().finish(late, LEASE.plusSeconds(2));
    store.jobs().fail(late, "late", LEASE.plusSeconds(2));
    store.jobs().retry(late, "late", LEASE.plusSeconds(3), LEASE.plusSeconds(2));

    Job stored = store.jobs().find(job.id()).orElseThrow();
    assertThat(stored.state()).isEqualTo(JobState.RUNNING);
    assertThat(stored.progress()).isEqualTo(20);
    assertThat(stored.attempts()).isEqualTo(2);
    assertThat(stored.reason()).isEmpty();
    store.jobs().finish(current, LEASE.plusSeconds(4));
    assertThat(store.jobs().find(job.id()).orElseThrow().state()).isEqualTo(JobState.DONE);
  }

  @Test
  void aRetriedJobWaitsAndKeepsItsReasonAndAFinishedOrFailedOneEnds() {
    User alice = register("alice", "alice@example.org");
    Job mail = enqueue(alice, JobKind.EMAIL_CHANGED_MAIL, T0).orElseThrow();
    Job export = enqueue(alice, JobKind.EXPORT, T0).orElseThrow();
    Job mailClaim = store.jobs().claimNext(T0, LEASE).orElseThrow();
    Job exportClaim = store.jobs().claimNext(T0, LEASE).orElseThrow();

    store.jobs().retry(mailClaim, "server down", T0.plusSeconds(10), T0.plusSeconds(1));
    store.jobs().finish(exportClaim, T0.plusSeconds(2));

    Job waiting = store.jobs().find(mail.id()).orElseThrow();
    assertThat(waiting.state()).isEqualTo(JobState.QUEUED);
    assertThat(waiting.reason()).contains("server down");
    assertThat(waiting.runAfter()).isEqualTo(T0.plusSeconds(10));
    Job done = store.jobs().find(export.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(JobState.DONE);
    assertThat(done.progress()).isEqualTo(100);
    assertThat(done.changedAt()).isEqualTo(T0.plusSeconds(2));
    assertThat(store.jobs().claimNext(T0.plusSeconds(9), LEASE)).isEmpty();

    Job retried = store.jobs().claimNext(T0.plusSeconds(10), LEASE).orElseThrow();
    assertThat(retried.attempts()).isEqualTo(2);
    store.jobs().fail(retried, "gave up", T0.plusSeconds(11));
    Job failed = store.jobs().find(mail.id()).orElseThrow();
    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(failed.reason()).contains("gave up");
    assertThat(store.jobs().claimNext(T0.plus(java.time.Duration.ofDays(1)), LEASE)).isEmpty();
  }

  @Test
  void oneExportAtATimePerAccountButMailsQueueFreely() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Job first = enqueue(alice, JobKind.EXPORT, T0).orElseThrow();

    assertThat(enqueue(alice, JobKind.EXPORT, T0)).isEmpty();
    assertThat(enqueue(bob, JobKind.EXPORT, T0)).isPresent();
    assertThat(enqueue(alice, JobKind.EXPORT_READY_MAIL, T0)).isPresent();
    assertThat(enqueue(alice, JobKind.EXPORT_READY_MAIL, T0)).isPresent();
    Job claimed = store.jobs().claimNext(T0, LEASE).orElseThrow();
    assertThat(enqueue(alice, JobKind.EXPORT, T0)).as("still running").isEmpty();
    store.jobs().finish(claimed, T0.plusSeconds(1));

    Job second = enqueue(alice, JobKind.EXPORT, T0.plusSeconds(2)).orElseThrow();
    assertThat(store.jobs().latest(alice.id(), JobKind.EXPORT)).contains(second);
    assertThat(store.jobs().latest(bob.id(), JobKind.EMAIL_CHANGED_MAIL)).isEmpty();
  }

  @Test
  void twoClaimersNeverGetTheSameJob() throws Exception {
    User alice = register("alice", "alice@example.org");
    int jobs = 40;
    for (int i = 0; i < jobs; i++) {
      enqueue(alice, JobKind.EXPORT_READY_MAIL, T0);
    }
    List<Job> claimed = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService claimers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        running.add(
            claimers.submit(
                () -> {
                  start.await();
                  Optional<Job> next;
                  while ((next = store.jobs().claimNext(T0, LEASE)).isPresent()) {
                    claimed.add(next.get());
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> claimer : running) {
        claimer.get(30, TimeUnit.SECONDS);
      }
    } finally {
      claimers.shutdownNow();
    }

    Set<Long> ids = new HashSet<>();
    claimed.forEach(job -> ids.add(job.id().value()));
    assertThat(claimed).hasSize(jobs);
    assertThat(ids).hasSize(jobs);
  }

  private Optional<Job> enqueue(User owner, JobKind kind, Instant at) {
    return store.jobs().enqueue(new NewJob(kind, owner.id(), JobPayload.of("to", "a&b=c"), at), at);
  }
}
