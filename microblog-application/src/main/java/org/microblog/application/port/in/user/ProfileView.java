package org.microblog.application.port.in.user;

import java.time.Instant;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * A user's public profile as one viewer sees it.
 *
 * @param viewerFollows whether the person looking follows this user (false when anonymous)
 */
public record ProfileView(
    UserId id,
    Username username,
    AboutMe about,
    Instant memberSince,
    Instant lastSeen,
    long followers,
    long following,
    boolean viewerFollows) {}
