package org.microblog.application.port.in.login;

import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Who has just proved their identity. */
public record AuthenticatedUser(UserId id, Username username) {}
