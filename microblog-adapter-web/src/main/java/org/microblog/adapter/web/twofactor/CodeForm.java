package org.microblog.adapter.web.twofactor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The second login step as submitted: an app's code or a recovery code. */
@Serdeable
public record CodeForm(@Nullable String code) {}
