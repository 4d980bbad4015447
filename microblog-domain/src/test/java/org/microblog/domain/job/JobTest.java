package org.microblog.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

class JobTest {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final UserId ALICE = new UserId(7);

  @Test
  void retriesUntilTheKindsBoundOfAttempts() {
    assertThat(job(JobKind.EXPORT, 2).mayRetry()).isTrue();
    assertThat(job(JobKind.EXPORT, 3).mayRetry()).isFalse();
    assertThat(job(JobKind.EMAIL_CHANGED_MAIL, 7).mayRetry()).isTrue();
    assertThat(job(JobKind.EMAIL_CHANGED_MAIL, 8).mayRetry()).isFalse();
  }

  @Test
  void theBackoffDoublesUpToItsBound() {
    assertThat(job(JobKind.EXPORT, 1).retryAt(T0)).isEqualTo(T0.plusSeconds(10));
    assertThat(job(JobKind.EXPORT, 2).retryAt(T0)).isEqualTo(T0.plusSeconds(20));
    assertThat(job(JobKind.EXPORT, 4).retryAt(T0)).isEqualTo(T0.plusSeconds(80));
    assertThat(job(JobKind.EXPORT, 60).retryAt(T0)).isEqualTo(T0.plus(Job.LONGEST_RETRY));
  }

  @Test
  void refusesProgressOutsideAPercentage() {
    assertThatThrownBy(() -> job(JobKind.EXPORT, 1, 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> job(JobKind.EXPORT, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Job.percent(5, 10)).isEqualTo(50);
    assertThat(Job.percent(0, 0)).isEqualTo(100);
    assertThat(Job.percent(12, 10)).isEqualTo(100);
  }

  @Test
  void onlyKindsThatAllowOnePerAccountHaveAnExclusiveKey() {
    assertThat(new NewJob(JobKind.EXPORT, ALICE, JobPayload.EMPTY, T0).exclusiveKey())
        .contains("EXPORT:7");
    assertThat(new NewJob(JobKind.EXPORT_READY_MAIL, ALICE, JobPayload.EMPTY, T0).exclusiveKey())
        .isEmpty();
  }

  @Test
  void aPayloadKeepsAnyTextThroughItsEncoding() {
    JobPayload payload = JobPayload.of("old", "a&b=c@example.org", "new", "ünï %20 +");

    JobPayload decoded = JobPayload.decode(payload.encoded());

    assertThat(decoded).isEqualTo(payload);
    assertThat(decoded.get("new")).isEqualTo("ünï %20 +");
    assertThat(JobPayload.decode("")).isEqualTo(JobPayload.EMPTY);
    assertThatThrownBy(() -> decoded.get("missing")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> JobPayload.decode("garbage"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIdIsPositiveAndOnlyActiveStatesAreActive() {
    assertThatThrownBy(() -> new JobId(0)).isInstanceOf(DomainException.class);
    assertThat(JobState.QUEUED.active()).isTrue();
    assertThat(JobState.RUNNING.active()).isTrue();
    assertThat(JobState.DONE.active()).isFalse();
    assertThat(JobState.FAILED.active()).isFalse();
  }

  private static Job job(JobKind kind, int attempts) {
    return job(kind, attempts, 0);
  }

  private static Job job(JobKind kind, int attempts, int progress) {
    return new Job(
        new JobId(1),
        kind,
        ALICE,
        JobPayload.EMPTY,
        JobState.RUNNING,
        attempts,
        progress,
        Optional.empty(),
        T0,
        T0);
  }
}
