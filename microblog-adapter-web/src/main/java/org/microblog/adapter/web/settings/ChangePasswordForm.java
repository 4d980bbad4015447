package org.microblog.adapter.web.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The change-of-password form as submitted. */
@Serdeable
public record ChangePasswordForm(
    @Nullable String current, @Nullable String password, @Nullable String confirm) {}
