package org.microblog.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendLimitTest {

  @Test
  void refusesAWindowLongerThanSendRecordsAreKept() {
    assertThatThrownBy(() -> new SendLimit(3, SendLimit.RECORDS_KEPT.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new SendLimit(3, SendLimit.RECORDS_KEPT).window()).isEqualTo(SendLimit.RECORDS_KEPT);
  }

  @Test
  void recordsOlderThanADayBeforeTheLatestSendMayBeForgotten() {
    Instant sentAt = Instant.parse("2026-03-02T12:00:00Z");

    assertThat(SendLimit.recordsExpireBefore(sentAt)).isEqualTo(sentAt.minus(Duration.ofDays(1)));
  }
}
