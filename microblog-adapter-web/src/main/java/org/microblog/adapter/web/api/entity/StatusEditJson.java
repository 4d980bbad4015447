package org.microblog.adapter.web.api.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * Mastodon's StatusEdit entity: one version of a status, with every always-present field ({@code
 * poll} is left out: polls do not exist here).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusEditJson(
    String content,
    String spoilerText,
    boolean sensitive,
    String createdAt,
    AccountJson account,
    List<Object> mediaAttachments,
    List<Object> emojis) {}
