package org.microblog.adapter.web.twofactor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Turning two-factor off: the password and a current code. */
@Serdeable
public record DisableForm(@Nullable String password, @Nullable String code) {}
