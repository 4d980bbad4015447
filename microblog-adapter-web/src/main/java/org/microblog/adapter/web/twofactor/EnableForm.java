package org.microblog.adapter.web.twofactor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Turning two-factor on: the proposed secret (sent back as shown) and a code from the app. */
@Serdeable
public record EnableForm(@Nullable String secret, @Nullable String code) {}
