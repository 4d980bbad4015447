package org.microblog.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The port contracts on the in-memory H2 of {@code application-test.yml}, in one context. */
@MicronautTest(transactional = false)
class H2PersistenceTest extends DatabasePortContracts {
  /** H2's word index keeps no word positions: a phrase's words match anywhere. */
  @Override
  public boolean searchMatchesPhrases() {
    return false;
  }
}
