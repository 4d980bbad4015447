package org.microblog.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A new password and its confirmation, as submitted through a reset link. */
@Serdeable
public record NewPasswordForm(@Nullable String password, @Nullable String confirm) {}
