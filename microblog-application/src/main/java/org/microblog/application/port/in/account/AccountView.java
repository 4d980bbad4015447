package org.microblog.application.port.in.account;

import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * What a person may see and change of their own account.
 *
 * @param postsFindable whether search may show their posts
 */
public record AccountView(
    UserId id,
    Username username,
    EmailAddress email,
    AboutMe about,
    boolean emailVerified,
    boolean postsFindable) {}
