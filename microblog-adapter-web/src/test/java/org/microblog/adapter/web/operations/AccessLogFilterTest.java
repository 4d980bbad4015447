package org.microblog.adapter.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogFilterTest {

  @Test
  void durationsAreMillisecondsWithThreeDecimals() {
    assertThat(AccessLogFilter.millis(0)).isEqualTo("0.000");
    assertThat(AccessLogFilter.millis(5)).isEqualTo("0.005");
    assertThat(AccessLogFilter.millis(1_000)).isEqualTo("1.000");
    assertThat(AccessLogFilter.millis(12_345)).isEqualTo("12.345");
    assertThat(AccessLogFilter.millis(3_600_000_090L)).isEqualTo("3600000.090");
  }
}
