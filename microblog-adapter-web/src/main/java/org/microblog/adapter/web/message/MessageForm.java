package org.microblog.adapter.web.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A private message as submitted. */
@Serdeable
public record MessageForm(@Nullable String body) {}
