package org.microblog.domain.account;

import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;

/**
 * A stored single-use link: whose it is, what it is for, the address it was mailed to (for {@link
 * TokenPurpose#VERIFY_EMAIL}, the address it proves), and until when it works.
 */
public record AccountToken(
    TokenHash hash,
    UserId user,
    TokenPurpose purpose,
    EmailAddress email,
    Instant issuedAt,
    Instant expiresAt,
    boolean used) {

  public AccountToken {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** A fresh, unused token that expires after its purpose's lifetime. */
  public static AccountToken issue(
      TokenHash hash, UserId user, TokenPurpose purpose, EmailAddress email, Instant now) {
    return new AccountToken(hash, user, purpose, email, now, now.plus(purpose.lifetime()), false);
  }

  /** The same token, redeemed. */
  public AccountToken asUsed() {
    return new AccountToken(hash, user, purpose, email, issuedAt, expiresAt, true);
  }

  /**
   * Refuses a token that may not be redeemed at {@code now} for {@code purpose}. A token of another
   * purpose is as good as unknown.
   */
  public void ensureRedeemable(TokenPurpose expected, Instant now) {
    if (purpose != expected) {
      throw unknown(expected);
    }
    if (used) {
      throw used(expected);
    }
    if (!now.isBefore(expiresAt)) {
      throw DomainException.invalid(
          "token.expired",
          "This "
              + expected.linkName()
              + " has expired. Links work for "
              + describe(expected)
              + "; please ask for a new one.");
    }
  }

  /**
   * Whether storing {@code newest} retires this token: a newer link replaces the same user's unused
   * links of its purpose, and takes along the user's links that had expired by then, used or not,
   * whatever their purpose (nobody can redeem them any more).
   */
  public boolean isRetiredBy(AccountToken newest) {
    if (!user.equals(newest.user) || hash.equals(newest.hash)) {
      return false;
    }
    return (purpose == newest.purpose && !used) || expiresAt.isBefore(newest.issuedAt);
  }

  /** What to say when no stored token has the presented one's hash. */
  public static DomainException unknown(TokenPurpose purpose) {
    return DomainException.notFound(
        "token.unknown",
        "This "
            + purpose.linkName()
            + " is not valid. It may have been replaced by a newer one; please ask for a new"
            + " one.");
  }

  /** What to say when the token has been redeemed already. */
  public static DomainException used(TokenPurpose purpose) {
    return DomainException.conflict(
        "token.used",
        "This " + purpose.linkName() + " has already been used. Each link works only once.");
  }

  private static String describe(TokenPurpose purpose) {
    long minutes = purpose.lifetime().toMinutes();
    return minutes % 60 == 0 ? (minutes / 60) + " hours" : minutes + " minutes";
  }
}
