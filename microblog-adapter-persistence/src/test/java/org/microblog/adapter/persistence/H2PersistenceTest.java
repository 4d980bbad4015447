package org.microblog.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * The contracts on the in-memory H2 of {@code application-test.yml}. Test methods manage no
 * transaction of their own: the adapters must work the way the application calls them.
 */
@MicronautTest(transactional = false)
class H2PersistenceTest extends PersistenceContractTest {}
