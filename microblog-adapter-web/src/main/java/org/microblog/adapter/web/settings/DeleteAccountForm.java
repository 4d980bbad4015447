package org.microblog.adapter.web.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The leaving form as submitted: the password, typed again. */
@Serdeable
public record DeleteAccountForm(@Nullable String password) {}
