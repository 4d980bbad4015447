package org.microblog.application.inmemory;

import java.time.Clock;
import org.microblog.application.MicroblogPorts;
import org.microblog.application.port.out.contract.PersistencePortContracts;

/** The kit held to the same port contracts as the databases, each test on a fresh kit. */
class InMemoryPortContractsTest extends PersistencePortContracts {

  @Override
  public MicroblogPorts emptyStore() {
    return InMemoryMicroblog.create(Clock.systemUTC()).ports();
  }
}
