package org.microblog.adapter.persistence.twofactor;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code two_factor}: an account with two-factor authentication on. */
@MappedEntity("two_factor")
record TwoFactorEntity(@Id long userId, String secret, long lastUsedStep) {}
