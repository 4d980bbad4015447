package org.microblog.application.port.out.contract;

import org.microblog.application.MicroblogPorts;

/**
 * A store the port contracts run on. Implement it in the class that holds the contracts as
 * {@code @Nested} classes ({@code @Nested class Users extends UserPortContract {}}), or in a
 * contract's direct subclass.
 */
public interface StoreUnderTest {
  /**
   * Empties the store (or makes a new one) and returns its ports, typed as the application sees
   * them; called before every test. The contracts use the stored ones; the others (a hasher, a mail
   * sender) may be any that work.
   */
  MicroblogPorts emptyStore();

  /**
   * Whether the store's search matches {@code "quoted phrases"} as phrases (words in a row); one
   * that does not matches a phrase's words anywhere in the text (see the README).
   */
  default boolean searchMatchesPhrases() {
    return true;
  }
}
