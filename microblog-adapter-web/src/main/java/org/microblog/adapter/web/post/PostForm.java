package org.microblog.adapter.web.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A new post as submitted. */
@Serdeable
public record PostForm(@Nullable String body, @Nullable String formToken) {}
