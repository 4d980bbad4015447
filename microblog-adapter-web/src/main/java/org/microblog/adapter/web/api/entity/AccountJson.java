package org.microblog.adapter.web.api.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * Mastodon's Account entity, with every always-present field. {@code lastStatusAt} is a day ({@code
 * 2026-11-30}) or null, as Mastodon writes it.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountJson(
    String id,
    String username,
    String acct,
    String displayName,
    boolean locked,
    boolean bot,
    boolean discoverable,
    boolean group,
    String createdAt,
    String note,
    String url,
    String uri,
    String avatar,
    String avatarStatic,
    String header,
    String headerStatic,
    long followersCount,
    long followingCount,
    long statusesCount,
    String lastStatusAt,
    List<Object> emojis,
    List<Object> fields) {}
