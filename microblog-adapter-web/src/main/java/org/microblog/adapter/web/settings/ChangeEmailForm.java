package org.microblog.adapter.web.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The change-of-address form as submitted. */
@Serdeable
public record ChangeEmailForm(@Nullable String email, @Nullable String current) {}
