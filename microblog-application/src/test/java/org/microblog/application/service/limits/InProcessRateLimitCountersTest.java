package org.microblog.application.service.limits;

import org.microblog.application.port.out.contract.RateLimitCounterPortContract;
import org.microblog.application.port.out.limits.RateLimitCounterPort;

class InProcessRateLimitCountersTest extends RateLimitCounterPortContract {
  @Override
  protected RateLimitCounterPort counters() {
    return new InProcessRateLimitCounters();
  }
}
