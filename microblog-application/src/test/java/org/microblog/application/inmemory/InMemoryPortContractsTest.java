package org.microblog.application.inmemory;

import org.microblog.application.port.out.contract.PersistencePortContracts;
import org.microblog.application.port.out.contract.PersistencePorts;

/** The kit held to the same port contracts as the databases, each test on a fresh store. */
class InMemoryPortContractsTest extends PersistencePortContracts {

  @Override
  public PersistencePorts emptyStore() {
    InMemoryPersistence kit = InMemoryPersistence.create();
    return new PersistencePorts(
        kit.users(),
        kit.users(),
        kit.users(),
        kit.users(),
        kit.follows(),
        kit.posts(),
        kit.posts(),
        kit.posts(),
        kit.threads(),
        kit.likes(),
        kit.boosts(),
        kit.interactions(),
        kit.users(),
        kit.accountTokens(),
        kit.mailQuota());
  }
}
