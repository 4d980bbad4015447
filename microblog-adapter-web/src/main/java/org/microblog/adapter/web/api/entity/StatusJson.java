package org.microblog.adapter.web.api.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** Mastodon's Status entity, with every always-present field; all statuses here are public. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusJson(
    String id,
    String uri,
    String url,
    String createdAt,
    String editedAt,
    String inReplyToId,
    String inReplyToAccountId,
    boolean sensitive,
    String spoilerText,
    String visibility,
    String language,
    long repliesCount,
    long reblogsCount,
    long favouritesCount,
    String content,
    StatusJson reblog,
    AccountJson account,
    List<Object> mediaAttachments,
    List<MentionJson> mentions,
    List<TagJson> tags,
    List<Object> emojis,
    Object card,
    Object poll) {

  /** A person a status mentions. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  public record MentionJson(String id, String username, String url, String acct) {}

  /** A hashtag a status uses, with its page. */
  @Serdeable
  public record TagJson(String name, String url) {}
}
