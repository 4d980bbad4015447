package org.microblog.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** "Forgot your password?" as submitted. */
@Serdeable
public record ResetRequestForm(@Nullable String email) {}
