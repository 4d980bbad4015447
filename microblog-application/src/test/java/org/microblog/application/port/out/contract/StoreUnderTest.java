package org.microblog.application.port.out.contract;

/**
 * A store the port contracts run on. Implement it in the class that holds the contracts as
 * {@code @Nested} classes ({@code @Nested class Users extends UserPortContract {}}), or in a
 * contract's direct subclass.
 */
public interface StoreUnderTest {
  /** Empties the store (or makes a new one) and returns its ports; called before every test. */
  PersistencePorts emptyStore();
}
