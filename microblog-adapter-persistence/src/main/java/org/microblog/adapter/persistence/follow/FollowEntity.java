package org.microblog.adapter.persistence.follow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code follows}. {@code createdAt} is filled in by the database's default, because the
 * domain's {@code Follow} carries no time.
 */
@MappedEntity("follows")
record FollowEntity(@EmbeddedId FollowKey id, @GeneratedValue @Nullable Instant createdAt) {}
