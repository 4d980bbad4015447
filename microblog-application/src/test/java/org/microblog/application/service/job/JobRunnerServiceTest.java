package org.microblog.application.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.application.inmemory.InMemoryJobs;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.JobPayload;
import org.microblog.domain.job.JobState;
import org.microblog.domain.job.NewJob;
import org.microblog.domain.user.UserId;

class JobRunnerServiceTest {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  private final InMemoryJobs queue = new InMemoryJobs();
  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  private Job anExport() {
    NewJob export = new NewJob(JobKind.EXPORT, new UserId(1), JobPayload.of("k", "v"), T0);
    return queue.enqueue(export, T0).orElseThrow();
  }

  @Test
  void anAttemptThatLostItsJobToALaterOneStopsAndLeavesNoTrace() {
    Job job = anExport();
    JobHandler overtaken =
        (claimed, progress) -> {
          // This worker stalled past its lease, and another instance took the job over.
          Instant later = T0.plus(LEASE).plusSeconds(1);
          queue.claimNext(later, later.plus(LEASE)).orElseThrow();
          progress.report(1, 2);
          throw new AssertionError("the late attempt must stop at its next report");
        };

    assertThat(new JobRunnerService(queue, Map.of(JobKind.EXPORT, overtaken), clock).runNext(LEASE))
        .isTrue();

    Job stored = queue.find(job.id()).orElseThrow();
    assertThat(stored.state()).as("the later attempt still runs it").isEqualTo(JobState.RUNNING);
    assertThat(stored.attempts()).isEqualTo(2);
    assertThat(stored.progress()).isZero();
    assertThat(stored.reason()).isEmpty();
  }

  @Test
  void anAttemptThatHoldsItsJobReportsAndFinishes() {
    Job job = anExport();
    JobHandler steady = (claimed, progress) -> progress.report(1, 2);

    new JobRunnerService(queue, Map.of(JobKind.EXPORT, steady), clock).runNext(LEASE);

    Job stored = queue.find(job.id()).orElseThrow();
    assertThat(stored.state()).isEqualTo(JobState.DONE);
    assertThat(stored.progress()).isEqualTo(100);
  }
}
