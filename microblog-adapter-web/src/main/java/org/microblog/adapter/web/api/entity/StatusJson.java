package org.microblog.adapter.web.api.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * Mastodon's Status entity, with every always-present field; all statuses here are public. The
 * reader's own flags ({@code favourited} and the like) appear only in answers to a logged-in app.
 */
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
    Object poll,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean favourited,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean reblogged,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean muted,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean bookmarked) {

  /**
   * As a logged-in reader sees it (Mastodon adds these fields only then): whether they like and
   * boost it; muting and bookmarks do not exist here.
   */
  public StatusJson forReader(boolean favourited, boolean reblogged) {
    return new StatusJson(
        id,
        uri,
        url,
        createdAt,
        editedAt,
        inReplyToId,
        inReplyToAccountId,
        sensitive,
        spoilerText,
        visibility,
        language,
        repliesCount,
        reblogsCount,
        favouritesCount,
        content,
        reblog,
        account,
        mediaAttachments,
        mentions,
        tags,
        emojis,
        card,
        poll,
        favourited,
        reblogged,
        false,
        false);
  }

  /** A boost as Mastodon shows it: a status of the booster's that carries the boosted one. */
  public static StatusJson boost(String id, String createdAt, AccountJson booster, StatusJson of) {
    return new StatusJson(
        id,
        of.uri,
        of.url,
        createdAt,
        null,
        null,
        null,
        false,
        "",
        "public",
        null,
        0,
        0,
        0,
        "",
        of,
        booster,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        of.favourited,
        of.reblogged,
        of.muted,
        of.bookmarked);
  }

  /** A person a status mentions. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  public record MentionJson(String id, String username, String url, String acct) {}

  /** A hashtag a status uses, with its page. */
  @Serdeable
  public record TagJson(String name, String url) {}
}
