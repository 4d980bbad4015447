package org.microblog.domain.account;

import java.time.Duration;

/**
 * What a mailed link is for. Each purpose has its own lifetime and its own limit on how many mails
 * one account may be sent.
 */
public enum TokenPurpose {
  /** Setting a new password without knowing the old one: short-lived, it stands in for a login. */
  RESET_PASSWORD(
      "password reset link", Duration.ofMinutes(30), new SendLimit(3, Duration.ofHours(1))),
  /**
   * Proving that an address belongs to its owner. A day, because people read mail later; the link
   * only proves ownership of an address and logs nobody in.
   */
  VERIFY_EMAIL("verification link", Duration.ofHours(24), new SendLimit(3, Duration.ofHours(1)));

  private final String linkName;
  private final Duration lifetime;
  private final SendLimit sendLimit;

  TokenPurpose(String linkName, Duration lifetime, SendLimit sendLimit) {
    this.linkName = linkName;
    this.lifetime = lifetime;
    this.sendLimit = sendLimit;
  }

  /** How the link is called in sentences a person reads. */
  public String linkName() {
    return linkName;
  }

  public Duration lifetime() {
    return lifetime;
  }

  public SendLimit sendLimit() {
    return sendLimit;
  }
}
