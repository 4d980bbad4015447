package org.microblog.application.port.out.contract;

/**
 * What a store's search can do beyond what every store does, handed to {@link SearchPortContract}
 * from its {@link StoreUnderTest}.
 *
 * @param exactPhrases whether a phrase matches only its words in a row
 */
record SearchCapabilities(boolean exactPhrases) {}
