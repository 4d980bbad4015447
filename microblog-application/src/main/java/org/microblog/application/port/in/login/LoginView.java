package org.microblog.application.port.in.login;

import java.time.Instant;
import org.microblog.domain.login.LoginId;

/** One login as the sessions page lists it. */
public record LoginView(
    LoginId id,
    String browser,
    String network,
    boolean remembered,
    Instant startedAt,
    Instant lastUsedAt,
    Instant expiresAt) {}
