package org.microblog.adapter.web.api.me;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.StatusJson;

/** Mastodon's Notification entity. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record NotificationJson(
    String id, String type, String createdAt, AccountJson account, StatusJson status) {}
