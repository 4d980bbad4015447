package org.microblog.adapter.web.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A post's new words as submitted from its edit form.
 *
 * @param spoiler its content warning, blank for none
 */
@Serdeable
public record EditForm(@Nullable String body, @Nullable String spoiler) {}
