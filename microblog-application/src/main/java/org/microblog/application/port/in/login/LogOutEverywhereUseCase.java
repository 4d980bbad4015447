package org.microblog.application.port.in.login;

import org.microblog.domain.user.UserId;

/** Ends every login of an account, on every device, this one included. */
public interface LogOutEverywhereUseCase {
  void logOutEverywhere(UserId user);
}
