package org.microblog.application.service.limits;

import org.microblog.application.port.out.limits.RateLimitCounterPort;
import org.microblog.application.port.out.limits.RateLimitCounterPortContract;

class InProcessRateLimitCountersTest extends RateLimitCounterPortContract {
  @Override
  protected RateLimitCounterPort counters() {
    return new InProcessRateLimitCounters();
  }
}
