package org.microblog.adapter.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code account_mails}: one account mail sent, for the send limits. */
@MappedEntity("account_mails")
record AccountMailEntity(
    @Id @GeneratedValue @Nullable Long id, long userId, String purpose, Instant sentAt) {}
