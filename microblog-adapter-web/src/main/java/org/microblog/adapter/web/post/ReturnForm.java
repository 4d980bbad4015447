package org.microblog.adapter.web.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A button's form that only says which page to return to afterwards. */
@Serdeable
public record ReturnForm(@Nullable String next) {}
