package org.microblog.adapter.web.language;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The language switcher as submitted: the chosen code and the page to return to. */
@Serdeable
public record LanguageForm(@Nullable String language, @Nullable String back) {}
