package org.microblog.adapter.web.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The profile settings form as submitted. */
@Serdeable
public record ProfileSettingsForm(@Nullable String username, @Nullable String about) {}
