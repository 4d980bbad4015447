package org.microblog.adapter.web.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A new post or reply as submitted.
 *
 * @param inReplyTo the id of the post it answers, blank for none
 * @param spoiler its content warning, blank for none
 */
@Serdeable
public record PostForm(
    @Nullable String body,
    @Nullable String formToken,
    @Nullable String inReplyTo,
    @Nullable String spoiler) {}
