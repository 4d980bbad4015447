package org.microblog.application.port.in.account;

/**
 * Mails a password reset link to the account with the given address, if there is one. The outcome
 * is the same whether or not an account has the address, so nobody can find out who has an account
 * here.
 */
public interface RequestPasswordResetUseCase {
  /** What the person may be told. */
  enum Outcome {
    /** A link was mailed if an account has that address (and its mail limit allows). */
    ACCEPTED,
    /** The mail server could not be reached; no link was left valid. */
    MAIL_FAILED
  }

  Outcome request(RequestPasswordResetCommand command);
}
