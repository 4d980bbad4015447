package org.microblog.application.port.in.twofactor;

import org.microblog.domain.twofactor.TotpSecret;

/** A new secret to scan or type, not stored until a code from it is confirmed. */
public record TwoFactorSetup(TotpSecret secret, String otpauthUri) {}
