package org.microblog.application.port.in.oauth;

import org.microblog.domain.user.UserId;

/** A person approves an app's request: it gets a code to exchange for a token. */
public interface ApproveAuthorizationUseCase {
  /**
   * Checks the request again (the form could have been changed) and issues a one-time code.
   *
   * @return the code, which only the app's redirect (or the out-of-band page) ever shows
   */
  String approve(UserId user, AuthorizationRequest request);
}
