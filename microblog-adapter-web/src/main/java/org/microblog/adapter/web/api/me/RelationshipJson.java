package org.microblog.adapter.web.api.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import org.microblog.application.port.in.block.Relation;

/**
 * Mastodon's Relationship entity. A mute hides the person's notifications too, so muting is also
 * muting notifications; nobody's account is locked, so nothing is ever requested.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record RelationshipJson(
    String id,
    boolean following,
    boolean showingReblogs,
    boolean notifying,
    List<String> languages,
    boolean followedBy,
    boolean blocking,
    boolean blockedBy,
    boolean muting,
    boolean mutingNotifications,
    boolean requested,
    boolean requestedBy,
    boolean domainBlocking,
    boolean endorsed,
    String note) {

  static RelationshipJson of(long id, boolean following, boolean followedBy, Relation relation) {
    return new RelationshipJson(
        Long.toString(id),
        following,
        following,
        false,
        List.of(),
        followedBy,
        relation.blocks(),
        relation.blockedBy(),
        relation.mutes(),
        relation.mutes(),
        false,
        false,
        false,
        false,
        "");
  }
}
