package org.microblog.adapter.web.api.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.StatusJson;

/**
 * Mastodon's Notification entity, every field always present ({@code status} null for a follow).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NotificationJson(
    String id, String type, String createdAt, AccountJson account, StatusJson status) {}
