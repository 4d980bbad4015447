package org.microblog.adapter.persistence.follow;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The composite primary key of {@code follows}: who follows whom. */
@Embeddable
record FollowKey(
    @MappedProperty("follower_id") long followerId,
    @MappedProperty("followed_id") long followedId) {}
